package org.thywill.archive.recovery;

/**
 * Something the archives cannot give back, by design of the format or because the live application never
 * archives it: named, with why, and how much of it the database checked holds (null where a count says nothing,
 * e.g. the seconds of every timestamp). Reported as such, never as a failure.
 *
 * @param what          what is not carried: a table, columns, a precision
 * @param reason        why, with the reference's item where it has one
 * @param databaseCount rows of the database checked that it concerns, or null
 */
public record NotCarried(String what, String reason, Long databaseCount) {
}
