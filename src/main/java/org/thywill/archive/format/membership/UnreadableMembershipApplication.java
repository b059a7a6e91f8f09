package org.thywill.archive.format.membership;

/** A membership application file whose layout was not understood, kept verbatim (the reader says why). */
public record UnreadableMembershipApplication(String text) implements MembershipApplicationFile {
}
