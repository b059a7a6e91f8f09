package org.thywill.archive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thywill.archive.format.export.ExportDumpReader;

/** Fuzzes {@link ExportDumpReader}: see {@link ReaderFuzzing} for the property. */
@ExtendWith(Executions.class)
class ExportDumpReaderFuzzTest {

    static {
        ReaderFuzzing.warmUp(ExportDumpReaderFuzzTest.class, ExportDumpReader.class);
    }

    @FuzzTest(maxDuration = "5s")
    void readsAnything(byte[] input) {
        ReaderFuzzing.check(ExportDumpReader.class, input);
    }
}
