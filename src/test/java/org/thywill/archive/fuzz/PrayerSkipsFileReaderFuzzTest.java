package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.monthly.PrayerSkipsFileReader;

/** Fuzzes {@link PrayerSkipsFileReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class PrayerSkipsFileReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(PrayerSkipsFileReaderFuzzTest.class, PrayerSkipsFileReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(PrayerSkipsFileReader.class, input);
    }
}
