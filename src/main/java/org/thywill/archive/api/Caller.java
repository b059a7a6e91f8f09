package org.thywill.archive.api;

import java.util.Objects;

/**
 * Who is calling, once {@link SessionAuthenticator} accepted their {@code sid} cookie.
 *
 * @param displayName the user's display name (the {@code user} table's key)
 * @param admin       whether they hold the {@code admin} role now (never whether they are <em>named</em> admin)
 */
public record Caller(String displayName, boolean admin) {

    public Caller {
        Objects.requireNonNull(displayName, "displayName");
    }

    /** The exchange property the authenticated caller is kept in (a property: a client cannot set it). */
    public static final String PROPERTY = "thywillCaller";

    public boolean is(String displayName) {
        return this.displayName.equals(displayName);
    }
}
