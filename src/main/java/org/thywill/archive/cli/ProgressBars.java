package org.thywill.archive.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.thywill.archive.importing.FileOutcome;
import org.thywill.archive.importing.ImportProgress;

/** A progress bar on the terminal for long runs; nothing when output is not a terminal or is JSON. */
final class ProgressBars {

    private ProgressBars() {
    }

    static boolean wanted(GlobalOptions global) {
        return !global.json() && System.console() != null;
    }

    /** An import progress that draws a bar on stderr; close it when the run ends. */
    static final class ImportBar implements ImportProgress, AutoCloseable {
        private final String task;
        private ProgressBar bar;

        ImportBar(String task) {
            this.task = task;
        }

        @Override
        public synchronized void started(int files) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(files).setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" files", 1).continuousUpdate().build();
        }

        @Override
        public synchronized void fileDone(FileOutcome outcome) {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
