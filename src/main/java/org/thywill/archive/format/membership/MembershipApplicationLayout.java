package org.thywill.archive.format.membership;

/** The fixed texts of a membership application file, shared by its reader and writer. */
final class MembershipApplicationLayout {

    static final String TITLE = "MEMBERSHIP APPLICATION";
    static final String RULE = "=====================";
    static final String APPLICATION_ID = "Application ID: ";
    static final String SUBMITTED = "Submitted: ";
    static final String IP_ADDRESS = "IP Address: ";
    static final String UNKNOWN_IP = "Unknown";
    static final String USERNAME = "USERNAME: ";
    static final String ESSAY = "ESSAY/MOTIVATION:";
    /** What follows the essay: a blank line and the contact line. */
    static final String CONTACT = "\n\nCONTACT INFO: ";
    static final String NO_CONTACT = "None provided";
    static final String STATUS_PENDING = "\n\nSTATUS: pending\n";
    static final String APPROVED = "\nAPPROVED by ";
    static final String REJECTED = "\nREJECTED by ";
    static final String AT = " at ";
    static final String INVITE_TOKEN = "Invite token: ";
    static final String REASON = "Reason: ";

    private MembershipApplicationLayout() {
    }
}
