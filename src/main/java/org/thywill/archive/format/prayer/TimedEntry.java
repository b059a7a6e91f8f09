package org.thywill.archive.format.prayer;

import java.time.LocalDateTime;

/**
 * An understood activity line {@code <TS> - <user> <phrase>}: its minute timestamp and its user, the
 * display name exactly as written (everything between {@code " - "} and the phrase).
 */
public sealed interface TimedEntry extends ActivityEntry
        permits StandardEntry, TestimonyEntry, SetEntry, RemovedEntry, OtherEntry {

    LocalDateTime at();

    String user();
}
