package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.monthly.PrayerAttributesFileReader;

/** Fuzzes {@link PrayerAttributesFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class PrayerAttributesFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(PrayerAttributesFileReaderFuzzTest.class, PrayerAttributesFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(PrayerAttributesFileReader.class, input);
    }
}
