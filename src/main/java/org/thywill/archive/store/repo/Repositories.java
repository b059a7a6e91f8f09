package org.thywill.archive.store.repo;

/** The one instance of each repository. */
public final class Repositories {

    public static final UserRepository USERS = new UserRepository();
    public static final PrayerRepository PRAYERS = new PrayerRepository();
    public static final PrayerMarkRepository PRAYER_MARKS = new PrayerMarkRepository();
    public static final PrayerAttributeRepository PRAYER_ATTRIBUTES = new PrayerAttributeRepository();
    public static final PrayerActivityLogRepository PRAYER_ACTIVITY_LOG = new PrayerActivityLogRepository();
    public static final PrayerSkipRepository PRAYER_SKIPS = new PrayerSkipRepository();
    public static final SessionRepository SESSIONS = new SessionRepository();
    public static final InviteTokenRepository INVITE_TOKENS = new InviteTokenRepository();
    public static final InviteTokenUsageRepository INVITE_TOKEN_USAGE = new InviteTokenUsageRepository();
    public static final RoleRepository ROLES = new RoleRepository();
    public static final UserRoleRepository USER_ROLES = new UserRoleRepository();
    public static final ArchiveFileLedgerRepository ARCHIVE_FILE_LEDGER = new ArchiveFileLedgerRepository();

    private Repositories() {
    }
}
