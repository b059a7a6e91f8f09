package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.users.UserAttributesFileReader;

/** Fuzzes {@link UserAttributesFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class UserAttributesFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(UserAttributesFileReaderFuzzTest.class, UserAttributesFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(UserAttributesFileReader.class, input);
    }
}
