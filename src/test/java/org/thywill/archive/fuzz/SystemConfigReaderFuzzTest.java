package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.system.SystemConfigReader;

/** Fuzzes {@link SystemConfigReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class SystemConfigReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(SystemConfigReaderFuzzTest.class, SystemConfigReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(SystemConfigReader.class, input);
    }
}
