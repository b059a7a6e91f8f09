package org.thywill.archive.format.prayer;

/** The live activities whose line is a fixed phrase, with the action name the database logs them under. */
public enum StandardAction {
    PRAYED("prayed", "prayed this prayer"),
    ANSWERED("answered", "marked this prayer as answered"),
    ARCHIVED("archived", "archived this prayer"),
    RESTORED("restored", "restored this prayer"),
    FLAGGED("flagged", "flagged this prayer");

    private final String logAction;
    private final String phrase;

    StandardAction(String logAction, String phrase) {
        this.logAction = logAction;
        this.phrase = phrase;
    }

    /** The {@code prayer_activity_log.action} value, e.g. {@code prayed}. */
    public String logAction() {
        return logAction;
    }

    /** The text after the user, e.g. {@code prayed this prayer}. */
    public String phrase() {
        return phrase;
    }
}
