package org.thywill.archive.format.activity;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One entry of a monthly activity file: {@code <HH:MM> - <user> <action text>[ (<tag>)]}.
 *
 * @param time     the entry's minute (its day is the day heading above it)
 * @param user     the display name, verbatim (spaces, {@code ' - '}, {@code ' at '}, apostrophes, any script)
 * @param action   what happened
 * @param prayerId the prayer, for the prayer actions; {@code null} for the registrations
 * @param tag      the text in the final {@code (…)}, or {@code null}; the original writes one only for a
 *                 submitted prayer with a project tag. Never on {@link ActivityAction#REGISTERED_VIA_INVITATION},
 *                 where it could not be told apart from the inviter's name.
 * @param inviter  the inviter, for {@link ActivityAction#REGISTERED_VIA_INVITATION} only
 */
public record ActivityEntry(LocalTime time, String user, ActivityAction action, String prayerId, String tag,
                            String inviter) {

    public ActivityEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        if (action.namesPrayer() != (prayerId != null)) {
            throw new IllegalArgumentException(action + (action.namesPrayer() ? " needs" : " takes no") + " prayer ID");
        }
        boolean invited = action == ActivityAction.REGISTERED_VIA_INVITATION;
        if (invited != (inviter != null)) {
            throw new IllegalArgumentException(action + (invited ? " needs" : " takes no") + " inviter");
        }
        if (invited && tag != null) {
            throw new IllegalArgumentException("a registration via invitation carries no tag");
        }
    }

    /** As the original writes it: {@code (<tag>)} only when the tag is non-empty. */
    public static ActivityEntry submitted(LocalTime time, String user, String prayerId, String tag) {
        return new ActivityEntry(time, user, ActivityAction.SUBMITTED, prayerId,
                tag == null || tag.isEmpty() ? null : tag, null);
    }

    public static ActivityEntry prayed(LocalTime time, String user, String prayerId) {
        return new ActivityEntry(time, user, ActivityAction.PRAYED, prayerId, null, null);
    }

    public static ActivityEntry answered(LocalTime time, String user, String prayerId) {
        return new ActivityEntry(time, user, ActivityAction.ANSWERED, prayerId, null, null);
    }

    public static ActivityEntry archived(LocalTime time, String user, String prayerId) {
        return new ActivityEntry(time, user, ActivityAction.ARCHIVED, prayerId, null, null);
    }

    public static ActivityEntry restored(LocalTime time, String user, String prayerId) {
        return new ActivityEntry(time, user, ActivityAction.RESTORED, prayerId, null, null);
    }

    public static ActivityEntry registeredDirectly(LocalTime time, String user) {
        return new ActivityEntry(time, user, ActivityAction.REGISTERED_DIRECTLY, null, null, null);
    }

    public static ActivityEntry registeredViaInvitation(LocalTime time, String user, String inviter) {
        return new ActivityEntry(time, user, ActivityAction.REGISTERED_VIA_INVITATION, null, null,
                Objects.requireNonNull(inviter, "inviter"));
    }
}
