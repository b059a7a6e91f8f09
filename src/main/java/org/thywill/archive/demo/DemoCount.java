package org.thywill.archive.demo;

/** What {@code generate-demo} counts, in the order it reports them. */
public enum DemoCount {
    USERS("users", "members registered"),
    JOINED_DIRECTLY("joined_directly", "of them through an admin token (archived as joined directly)"),
    INVITE_TOKENS("invite_tokens", "invite tokens"),
    ADMIN_TOKENS("admin_tokens", "of them admin tokens"),
    MULTI_DEVICE_TOKENS("multi_device_tokens", "of them multi-device sign-in tokens"),
    UNCLAIMED_TOKENS("unclaimed_tokens", "of them never claimed"),
    SESSIONS("sessions", "sessions"),
    ACTIVE_SESSIONS("active_sessions", "of them unexpired at the end"),
    PRAYERS("prayers", "prayers"),
    SAME_MINUTE_FILES("same_minute_files", "prayer files with a _2, _3... suffix"),
    LEAP_DAY_PRAYERS("leap_day_prayers", "prayers submitted on 29 February"),
    MARKS("marks", "prayer marks"),
    REPEATED_MARKS("repeated_marks", "marks repeating the same user's mark in the same minute"),
    OFFLINE_MARKS("offline_marks", "offline marks (client time earlier than receipt)"),
    ANSWERED("answered", "prayers answered"),
    TESTIMONIES("testimonies", "testimonies"),
    MULTI_LINE_TESTIMONIES("multi_line_testimonies", "of them multi-line"),
    ARCHIVED("archived", "prayers archived"),
    RESTORED("restored", "of them restored"),
    ACTIVITY_ENTRIES("activity_entries", "monthly activity entries"),
    ARCHIVE_FILES("archive_files", "archive files written"),
    DATABASE_ROWS("database_rows", "database rows inserted");

    private final String key;
    private final String description;

    DemoCount(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The JSON key. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }
}
