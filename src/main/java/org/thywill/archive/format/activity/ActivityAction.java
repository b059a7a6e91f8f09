package org.thywill.archive.format.activity;

/**
 * What a monthly activity entry says happened (reference §2.3). The prayer actions name a prayer ID;
 * {@link #REGISTERED_VIA_INVITATION} names the inviter.
 */
public enum ActivityAction {
    /** {@code submitted prayer <id>}, with {@code (<tag>)} when the prayer has a project tag. */
    SUBMITTED(true),
    /** {@code prayed for prayer <id>}. */
    PRAYED(true),
    /** {@code marked prayer <id> as answered}. */
    ANSWERED(true),
    /** {@code archived prayer <id>}. */
    ARCHIVED(true),
    /** {@code restored prayer <id>}. */
    RESTORED(true),
    /** {@code registered directly}. */
    REGISTERED_DIRECTLY(false),
    /** {@code registered via invitation from <inviter>}. */
    REGISTERED_VIA_INVITATION(false);

    private final boolean namesPrayer;

    ActivityAction(boolean namesPrayer) {
        this.namesPrayer = namesPrayer;
    }

    public boolean namesPrayer() {
        return namesPrayer;
    }
}
