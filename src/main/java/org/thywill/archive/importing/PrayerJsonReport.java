package org.thywill.archive.importing;

import java.util.ArrayList;
import java.util.List;

/** What importing a JSON file of prayers did: new prayers, prayers already present, and each bad element. */
public final class PrayerJsonReport {

    private final String source;
    private final boolean dryRun;
    private int imported;
    private int alreadyPresent;
    private int usersCreated;
    private final List<String> errors = new ArrayList<>();
    private final List<String> files = new ArrayList<>();

    PrayerJsonReport(String source, boolean dryRun) {
        this.source = source;
        this.dryRun = dryRun;
    }

    void imported(String archiveFile) {
        imported++;
        if (archiveFile != null) {
            files.add(archiveFile);
        }
    }

    void alreadyPresent() {
        alreadyPresent++;
    }

    void userCreated() {
        usersCreated++;
    }

    void error(String message) {
        errors.add(message);
    }

    public String getSource() {
        return source;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public int getImported() {
        return imported;
    }

    public int getAlreadyPresent() {
        return alreadyPresent;
    }

    public int getUsersCreated() {
        return usersCreated;
    }

    public List<String> getErrors() {
        return errors;
    }

    /** The archive files written for the new prayers, relative to the archive root. */
    public List<String> getArchiveFiles() {
        return files;
    }
}
