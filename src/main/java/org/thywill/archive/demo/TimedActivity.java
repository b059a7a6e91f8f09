package org.thywill.archive.demo;

import java.time.LocalDateTime;
import org.thywill.archive.format.activity.ActivityEntry;

/** A monthly activity entry with the exact moment it was written, which decides its file, day and order. */
record TimedActivity(LocalDateTime at, ActivityEntry entry) {
}
