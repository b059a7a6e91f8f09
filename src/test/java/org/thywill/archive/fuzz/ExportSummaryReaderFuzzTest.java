package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.export.ExportSummaryReader;

/** Fuzzes {@link ExportSummaryReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class ExportSummaryReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(ExportSummaryReaderFuzzTest.class, ExportSummaryReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(ExportSummaryReader.class, input);
    }
}
