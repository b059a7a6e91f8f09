-- The reconciler's own tables and lookup indexes (additive only: no table of the original is altered or dropped,
-- no row of the original is touched by this migration).

-- What the registration lines (users/YYYY_MM_users.txt) say about each user, earliest line first, so that the
-- inviter link and the admin fallback (reference §2.2) can be filled in whatever order the files arrive, one at a
-- time, across runs. One row per display name: the earliest line seen (minute, then source path) wins.
CREATE TABLE reconcile_registration (
    display_name    TEXT    NOT NULL PRIMARY KEY,
    registered_at   TEXT    NOT NULL, -- the line's minute, SqlTime text
    inviter         TEXT,             -- 'joined on invitation from <inviter>'; NULL for 'joined directly'
    source_path     TEXT    NOT NULL, -- text_archives/users/YYYY_MM_users.txt of that line
    user_created    INTEGER NOT NULL, -- 1: the reconciler inserted the user row from a registration line
    applied_inviter TEXT              -- the invited_by_username the reconciler last wrote (NULL: none)
);
CREATE INDEX reconcile_registration_inviter ON reconcile_registration (inviter);

-- users/user_attributes.txt blocks for users that had no row yet; applied (and deleted) once the user exists.
CREATE TABLE reconcile_pending_user_attributes (
    display_name              TEXT NOT NULL PRIMARY KEY,
    is_supporter              INTEGER,
    supporter_since           TEXT,    -- SqlTime text (the archive carries the date only)
    supporter_type            TEXT,
    welcome_message_dismissed INTEGER,
    source_path               TEXT NOT NULL
);

-- Per-prayer and per-token lookups: the original declares none, and without them every per-file query would
-- scan the whole activity tables. Indexes change no table and no row; the original's code never sees them.
CREATE INDEX IF NOT EXISTS reconcile_ix_prayermark_prayer ON prayermark (prayer_id);
CREATE INDEX IF NOT EXISTS reconcile_ix_activity_log_prayer ON prayer_activity_log (prayer_id);
CREATE INDEX IF NOT EXISTS reconcile_ix_attributes_prayer ON prayer_attributes (prayer_id);
CREATE INDEX IF NOT EXISTS reconcile_ix_invite_usage_token ON invite_token_usage (invite_token_id);
CREATE INDEX IF NOT EXISTS reconcile_ix_invite_usage_user ON invite_token_usage (user_id);
