package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.auth.NotificationsFileReader;

/** Fuzzes {@link NotificationsFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class NotificationsFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(NotificationsFileReaderFuzzTest.class, NotificationsFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(NotificationsFileReader.class, input);
    }
}
