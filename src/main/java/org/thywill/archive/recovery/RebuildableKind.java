package org.thywill.archive.recovery;

import java.util.Map;

/**
 * A kind of data the archives can rebuild, counted by parsing.
 *
 * @param kind    {@code users}, {@code prayers}, {@code marks}, {@code prayer_activity} (activity lines other than
 *                prayed: they become attributes and activity logs), {@code sessions}…
 * @param records records read; keyed kinds (users, prayers, sessions, tokens) count each key once. The sources of a
 *                kind without a key may repeat each other (a mark in its prayer file and in a monthly marks file):
 *                the import merges them at archive precision, so it rebuilds at most this many
 * @param sources records per source (file family, line sort)
 */
public record RebuildableKind(String kind, long records, Map<String, Long> sources) {
}
