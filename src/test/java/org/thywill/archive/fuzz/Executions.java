package org.thywill.archive.fuzz;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Counts the inputs a fuzz target ran and prints {@code fuzz-executions <target> <count>} after its class, so
 * that a fuzzing run (one JVM per target, output in {@code target/fuzz-reports/<target>-output.txt}) can be
 * summed up by {@code bench/fuzz.sh}.
 */
final class Executions implements BeforeAllCallback, AfterAllCallback {

    private static final AtomicLong COUNT = new AtomicLong();
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Executions.class);

    static void count() {
        COUNT.incrementAndGet();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("start", COUNT.get());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        long start = context.getStore(NAMESPACE).getOrDefault("start", Long.class, 0L);
        System.out.println("fuzz-executions " + context.getRequiredTestClass().getSimpleName() + " "
                + (COUNT.get() - start));
    }
}
