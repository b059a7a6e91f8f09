package org.thywill.archive.format.membership;

/**
 * What a {@code membership_applications/<YYYYmmdd_HHMMSS>_<id>.txt} file holds: an application the
 * reader understood, or the file's text kept whole because it could not be.
 */
public sealed interface MembershipApplicationFile permits MembershipApplication, UnreadableMembershipApplication {
}
