package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.roles.RoleHistoryFileReader;

/** Fuzzes {@link RoleHistoryFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class RoleHistoryFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(RoleHistoryFileReaderFuzzTest.class, RoleHistoryFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(RoleHistoryFileReader.class, input);
    }
}
