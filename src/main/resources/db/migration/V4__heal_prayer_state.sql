-- Our own table (additive only: no table of the original is altered, no row of the original touched).
-- What the last heal settled per prayer, so that a heal of an unchanged community skips the prayers whose rows and
-- files are both unchanged since (reading 1.3 M rows and 100,000 files again to find nothing to do is slow).
-- `changes` counts writes to the prayer's rows, kept by triggers that heal itself creates (and recreates when the
-- original's own migrations drop one with its table: store/HealPrayerStates); `healed_changes` is the count the last
-- heal read with the rows it made the files carry (-1: never settled). `files` holds one line per file that heal
-- found carrying the prayer: "<size> <mtime ns> <file key> <path relative to the archive root>". A prayer is
-- unchanged when both counts agree and every file still has its size, mtime and file key.
CREATE TABLE heal_prayer_state (
    prayer_id      TEXT    NOT NULL PRIMARY KEY,
    changes        INTEGER NOT NULL DEFAULT 0,
    healed_changes INTEGER NOT NULL DEFAULT -1,
    files          TEXT
);
