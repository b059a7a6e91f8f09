package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.monthly.PrayerMarksFileReader;

/** Fuzzes {@link PrayerMarksFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class PrayerMarksFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(PrayerMarksFileReaderFuzzTest.class, PrayerMarksFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(PrayerMarksFileReader.class, input);
    }
}
