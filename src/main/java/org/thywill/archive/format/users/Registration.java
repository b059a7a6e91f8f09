package org.thywill.archive.format.users;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One registration line of {@code users/YYYY_MM_users.txt}: when, who, and who invited them.
 *
 * @param at      the registration time as archived (minute precision when read from a file)
 * @param name    the display name, verbatim: spaces, {@code ' - '}, {@code ' at '}, apostrophes, any script
 * @param inviter the inviter's display name, or {@code null} for {@code joined directly}
 */
public record Registration(LocalDateTime at, String name, String inviter) {

    public Registration {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(name, "name");
    }

    public static Registration direct(LocalDateTime at, String name) {
        return new Registration(at, name, null);
    }

    public static Registration invited(LocalDateTime at, String name, String inviter) {
        return new Registration(at, name, Objects.requireNonNull(inviter, "inviter"));
    }

    /** {@code joined directly}: no inviter on the line (the DB may still hold the admin fallback, reference §2.2). */
    public boolean isDirect() {
        return inviter == null;
    }
}
