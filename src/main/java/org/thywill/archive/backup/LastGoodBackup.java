package org.thywill.archive.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The newest good backup of a scheduled tier, derived from what is on disk, so it survives restarts: the newest
 * backup of the tier that passes {@code list}'s check (by default the quick one: its sidecar is present and its size
 * is its manifest's; with {@code list --verify} a full verify). A damaged newer backup does not hide an older good
 * one.
 *
 * @param createdAt  when it was taken (its manifest's time, else its name's)
 * @param ageSeconds its age when it was listed
 */
public record LastGoodBackup(String tier, String name, Path file, Instant createdAt, long ageSeconds) {

    static LastGoodBackup of(ListedBackup b) {
        return new LastGoodBackup(b.tier(), b.name(), b.file(), b.createdAt(), b.ageSeconds());
    }
}
