package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.roles.RoleDefinitionsFileReader;

/** Fuzzes {@link RoleDefinitionsFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class RoleDefinitionsFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(RoleDefinitionsFileReaderFuzzTest.class, RoleDefinitionsFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(RoleDefinitionsFileReader.class, input);
    }
}
