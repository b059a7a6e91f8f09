/**
 * The reconciler: what one parsed archive file says, merged into the ThyWill database at archive precision
 * (PRODUCT.md), so that importing is idempotent, order-independent and never duplicates live rows. Entry point:
 * {@link org.thywill.archive.store.reconcile.Reconciler}.
 *
 * <h2>Identity and precision</h2>
 * <ul>
 *   <li>Natural keys are inserted when missing and never overwritten: user by display name, prayer by id, session
 *       by id, invite token by token, role by id or name. A real disagreement is a conflict (kept, reported);
 *       a difference of precision (seconds in the database, the minute in the archive) is not.</li>
 *   <li>Activity rows have no archived id: they are reconciled by multiset. For each (kind, natural key, minute)
 *       the file says N, the database holds M (rows whose created_at cut to the minute matches): max(0, N − M) are
 *       inserted, at the minute. Marks: (prayer, user, minute). Logs: (prayer, user, action, old, new, minute),
 *       {@code answer_date} values compared at the minute. Invite claims: (token, user, minute).</li>
 *   <li>Attributes are single-valued per (prayer, name), as the live app's {@code set_attribute} keeps them: they
 *       are brought to the replayed final state of the file's history (chronological; same-minute lines in file
 *       order), not counted.</li>
 * </ul>
 *
 * <h2>Bookkeeping (migration V3)</h2>
 * {@code reconcile_registration} keeps each user's earliest registration line, so inviter links and the admin
 * fallback can wait for other files and be recomputed whatever the order; {@code reconcile_pending_user_attributes}
 * keeps {@code user_attributes.txt} blocks of users that have no row yet. The {@code reconcile_ix_*} indexes make
 * the per-prayer and per-token lookups index seeks. Nothing else is added; no original table is altered.
 *
 * <h2>Never invented</h2>
 * No user is created from anything but a registration line (B31): prayers, marks and logs of a name with no user
 * row are imported (SQLite does not enforce the foreign keys) and noted. A prayer file without a header (B16) or
 * with the crash id {@code temp} (B14) is refused: its activity names no prayer.
 */
package org.thywill.archive.store.reconcile;
