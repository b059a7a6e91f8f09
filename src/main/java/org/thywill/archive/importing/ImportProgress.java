package org.thywill.archive.importing;

/** Told about each file as an import run goes; the CLI draws a progress bar with it. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void started(int files) {
        }

        @Override
        public void fileDone(FileOutcome outcome) {
        }
    };

    void started(int files);

    void fileDone(FileOutcome outcome);
}
