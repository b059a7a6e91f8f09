package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.prayer.PrayerFileReader;

/** Fuzzes {@link PrayerFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class PrayerFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(PrayerFileReaderFuzzTest.class, PrayerFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(PrayerFileReader.class, input);
    }
}
