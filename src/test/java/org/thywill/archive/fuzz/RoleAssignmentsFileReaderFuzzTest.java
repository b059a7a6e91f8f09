package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.roles.RoleAssignmentsFileReader;

/** Fuzzes {@link RoleAssignmentsFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class RoleAssignmentsFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(RoleAssignmentsFileReaderFuzzTest.class, RoleAssignmentsFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(RoleAssignmentsFileReader.class, input);
    }
}
