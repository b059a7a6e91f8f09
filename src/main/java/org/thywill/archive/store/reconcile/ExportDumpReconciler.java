package org.thywill.archive.store.reconcile;

import static org.thywill.archive.store.repo.Repositories.INVITE_TOKENS;
import static org.thywill.archive.store.repo.Repositories.INVITE_TOKEN_USAGE;
import static org.thywill.archive.store.repo.Repositories.PRAYER_ACTIVITY_LOG;
import static org.thywill.archive.store.repo.Repositories.PRAYER_ATTRIBUTES;
import static org.thywill.archive.store.repo.Repositories.PRAYER_MARKS;
import static org.thywill.archive.store.repo.Repositories.PRAYER_SKIPS;
import static org.thywill.archive.store.repo.Repositories.ROLES;
import static org.thywill.archive.store.repo.Repositories.USER_ROLES;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.thywill.archive.format.export.ExportDumpKind;
import org.thywill.archive.format.export.ExportedActivityLog;
import org.thywill.archive.format.export.ExportedInviteToken;
import org.thywill.archive.format.export.ExportedInviteTokenUsage;
import org.thywill.archive.format.export.ExportedPrayerAttribute;
import org.thywill.archive.format.export.ExportedPrayerMark;
import org.thywill.archive.format.export.ExportedPrayerSkip;
import org.thywill.archive.format.export.ExportedRole;
import org.thywill.archive.format.export.ExportedUserRole;
import org.thywill.archive.format.export.PipeTable;
import org.thywill.archive.store.Ids;
import org.thywill.archive.store.reconcile.Precision.LogKey;
import org.thywill.archive.store.reconcile.Precision.MarkKey;
import org.thywill.archive.store.repo.InviteTokenRow;
import org.thywill.archive.store.repo.InviteTokenUsageRow;
import org.thywill.archive.store.repo.PrayerActivityLogRow;
import org.thywill.archive.store.repo.PrayerAttributeRow;
import org.thywill.archive.store.repo.PrayerMarkRow;
import org.thywill.archive.store.repo.PrayerSkipRow;
import org.thywill.archive.store.repo.Repository;
import org.thywill.archive.store.repo.RoleRow;
import org.thywill.archive.store.repo.UserRoleRow;

/**
 * The export-all dumps that carry rows of the tables the live app keeps (reference §2.6). Rows carry their ids:
 * a row whose id the database holds is already there; the others are matched by content at archive precision
 * (the same record written by another export, or by the live archive, under another id) and only the missing ones
 * are inserted, under the dump's id. Timestamps in dumps are minutes. Per table:
 * <ul>
 *   <li>marks: multiset of (prayer, user, minute); {@code text_file_path} NULL (not in the dump);</li>
 *   <li>activity logs: multiset of (prayer, user, action, old, new, minute), {@code answer_date} values at the
 *       minute; {@code text_file_path} NULL;</li>
 *   <li>attributes: single-valued per (prayer, name): inserted only when the prayer has none of that name (a
 *       different value is reported and kept);</li>
 *   <li>skips: one per (user, prayer);</li>
 *   <li>invite tokens: by token (type as {@link InviteTokens#type}); usage: multiset of (token, user, minute);</li>
 *   <li>roles: by id, then by name (unique); {@code created_at} is not in the dump: the dump's export time;</li>
 *   <li>user roles: multiset of (user, role, minute).</li>
 * </ul>
 */
final class ExportDumpReconciler {

    void marks(Connection c, PipeTable<ExportedPrayerMark> dump, Tally t) throws SQLException {
        mergeByPrayer(c, "prayermark", PRAYER_MARKS, dump.records(), ExportedPrayerMark::id,
                ExportedPrayerMark::prayerId, m -> MarkKey.of(m.prayerId(), m.username(), m.createdAt()),
                id -> PRAYER_MARKS.findByPrayer(c, id), PrayerMarkRow::id,
                r -> MarkKey.of(r.prayerId(), r.username(), r.createdAt()),
                m -> new PrayerMarkRow(m.id(), m.username(), m.prayerId(), Precision.minute(m.createdAt()), null), t);
    }

    void activityLogs(Connection c, PipeTable<ExportedActivityLog> dump, Tally t) throws SQLException {
        mergeByPrayer(c, "prayer_activity_log", PRAYER_ACTIVITY_LOG, dump.records(), ExportedActivityLog::id,
                ExportedActivityLog::prayerId,
                l -> LogKey.of(l.prayerId(), l.userId(), l.action(), l.oldValue(), l.newValue(), l.createdAt()),
                id -> PRAYER_ACTIVITY_LOG.findByPrayer(c, id), PrayerActivityLogRow::id, PrayerFileReconciler::key,
                l -> new PrayerActivityLogRow(l.id(), l.prayerId(), l.userId(), l.action(), l.oldValue(),
                        l.newValue(), Precision.minute(l.createdAt()), null), t);
    }

    void attributes(Connection c, String relativePath, PipeTable<ExportedPrayerAttribute> dump, Tally t)
            throws SQLException {
        Set<List<String>> inserted = new HashSet<>();
        List<PrayerAttributeRow> rows = new ArrayList<>();
        for (ExportedPrayerAttribute a : dump.records()) {
            if (existsById(c, "prayer_attributes", a.id()) || inserted.contains(List.of(a.prayerId(), a.attributeName()))) {
                continue;
            }
            Optional<PrayerAttributeRow> existing = PRAYER_ATTRIBUTES.find(c, a.prayerId(), a.attributeName());
            if (existing.isPresent()) {
                if (!Precision.sameValue(a.attributeName(), existing.get().attributeValue(), a.attributeValue())) {
                    t.conflict(relativePath + ": prayer " + a.prayerId() + " attribute " + a.attributeName() + " is "
                            + PrayerFileReconciler.quote(existing.get().attributeValue()) + " in the database, "
                            + PrayerFileReconciler.quote(a.attributeValue()) + " in the dump; kept");
                }
                continue;
            }
            inserted.add(List.of(a.prayerId(), a.attributeName()));
            rows.add(new PrayerAttributeRow(a.id(), a.prayerId(), a.attributeName(), a.attributeValue(),
                    Precision.minute(a.createdAt()), a.createdBy(), null));
        }
        PRAYER_ATTRIBUTES.insertAll(c, rows);
        t.inserted("prayer_attributes", rows.size());
    }

    void skips(Connection c, PipeTable<ExportedPrayerSkip> dump, Tally t) throws SQLException {
        Set<List<String>> inserted = new HashSet<>();
        List<PrayerSkipRow> rows = new ArrayList<>();
        for (ExportedPrayerSkip s : dump.records()) {
            List<String> pair = List.of(s.userId(), s.prayerId());
            if (existsById(c, "prayerskip", s.id()) || inserted.contains(pair)
                    || PRAYER_SKIPS.find(c, s.userId(), s.prayerId()).isPresent()) {
                continue;
            }
            inserted.add(pair);
            rows.add(new PrayerSkipRow(s.id(), s.userId(), s.prayerId(), Precision.minute(s.createdAt())));
        }
        PRAYER_SKIPS.insertAll(c, rows);
        t.inserted("prayerskip", rows.size());
    }

    void inviteTokens(Connection c, PipeTable<ExportedInviteToken> dump, Tally t) throws SQLException {
        Set<String> seen = new HashSet<>();
        List<InviteTokenRow> rows = new ArrayList<>();
        for (ExportedInviteToken k : dump.records()) {
            if (!seen.add(k.token()) || INVITE_TOKENS.findByToken(c, k.token()).isPresent()) {
                continue;
            }
            rows.add(new InviteTokenRow(k.token(), k.createdByUser(), k.usageCount(), k.maxUses(), k.expiresAt(),
                    k.usedByUserId(), InviteTokens.type(k.createdByUser(), k.usedByUserId())));
        }
        INVITE_TOKENS.insertAll(c, rows);
        t.inserted("invitetoken", rows.size());
    }

    void inviteTokenUsage(Connection c, PipeTable<ExportedInviteTokenUsage> dump, Tally t) throws SQLException {
        Map<String, List<ExportedInviteTokenUsage>> byToken = new LinkedHashMap<>();
        for (ExportedInviteTokenUsage u : dump.records()) {
            byToken.computeIfAbsent(u.inviteTokenId(), k -> new ArrayList<>()).add(u);
        }
        List<InviteTokenUsageRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<ExportedInviteTokenUsage>> e : byToken.entrySet()) {
            Multiset<List<Object>> have = new Multiset<>();
            for (InviteTokenUsageRow r : INVITE_TOKEN_USAGE.findByToken(c, e.getKey())) {
                have.add(List.of(r.userId(), Precision.minute(r.claimedAt())));
            }
            for (ExportedInviteTokenUsage u : e.getValue()) {
                if (!have.take(List.of(u.userId(), Precision.minute(u.claimedAt())))) {
                    rows.add(new InviteTokenUsageRow(Ids.rowId(), u.inviteTokenId(), u.userId(),
                            Precision.minute(u.claimedAt()), u.ipAddress()));
                }
            }
        }
        INVITE_TOKEN_USAGE.insertAll(c, rows);
        t.inserted("invite_token_usage", rows.size());
    }

    void roles(Connection c, String relativePath, PipeTable<ExportedRole> dump, Tally t) throws SQLException {
        Optional<LocalDateTime> exportedAt = ExportDumpKind.exportedAt(dump);
        List<RoleRow> rows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ExportedRole r : dump.records()) {
            if (existsById(c, "role", r.id()) || !names.add(r.name()) || ROLES.findByName(c, r.name()).isPresent()) {
                continue;
            }
            if (exportedAt.isEmpty()) {
                t.note(relativePath + ": role '" + r.name() + "' not imported: the dump's title has no export time to"
                        + " stand for its created_at");
                continue;
            }
            rows.add(new RoleRow(r.id(), r.name(), r.description(), r.permissionsJson(), exportedAt.get(),
                    r.createdBy(), r.systemRole()));
        }
        ROLES.insertAll(c, rows);
        t.inserted("role", rows.size());
    }

    void userRoles(Connection c, PipeTable<ExportedUserRole> dump, Tally t) throws SQLException {
        Map<String, Multiset<List<Object>>> haveByUser = new LinkedHashMap<>();
        List<UserRoleRow> rows = new ArrayList<>();
        for (ExportedUserRole r : dump.records()) {
            if (existsById(c, "user_roles", r.id())) {
                continue;
            }
            Multiset<List<Object>> have = haveByUser.get(r.userId());
            if (have == null) {
                have = new Multiset<>();
                for (UserRoleRow db : USER_ROLES.findByUser(c, r.userId())) {
                    have.add(List.of(db.roleId(), Precision.minute(db.grantedAt())));
                }
                haveByUser.put(r.userId(), have);
            }
            if (!have.take(List.of(r.roleId(), Precision.minute(r.grantedAt())))) {
                rows.add(new UserRoleRow(r.id(), r.userId(), r.roleId(), r.grantedBy(), Precision.minute(r.grantedAt()),
                        r.expiresAt()));
            }
        }
        USER_ROLES.insertAll(c, rows);
        t.inserted("user_roles", rows.size());
    }

    @FunctionalInterface
    interface PrayerRows<D> {
        List<D> of(String prayerId) throws SQLException;
    }

    /**
     * By id, then by content: per prayer, the dump rows whose id the database lacks are matched against the
     * prayer's database rows that the dump does not name, by multiset of {@code key}; the unmatched are inserted.
     */
    private static <F, D, K> void mergeByPrayer(Connection c, String table, Repository<D> repository, List<F> records,
                                                Function<F, String> fileId, Function<F, String> prayerOf,
                                                Function<F, K> fileKey, PrayerRows<D> dbRows, Function<D, String> dbId,
                                                Function<D, K> dbKey, Function<F, D> toRow, Tally t)
            throws SQLException {
        Map<String, List<F>> byPrayer = new LinkedHashMap<>();
        for (F f : records) {
            byPrayer.computeIfAbsent(prayerOf.apply(f), k -> new ArrayList<>()).add(f);
        }
        List<D> inserts = new ArrayList<>();
        for (Map.Entry<String, List<F>> e : byPrayer.entrySet()) {
            Set<String> named = new HashSet<>();
            e.getValue().forEach(f -> named.add(fileId.apply(f)));
            Set<String> dbIds = new HashSet<>();
            Multiset<K> have = new Multiset<>();
            for (D d : dbRows.of(e.getKey())) {
                dbIds.add(dbId.apply(d));
                if (!named.contains(dbId.apply(d))) {
                    have.add(dbKey.apply(d));
                }
            }
            Set<String> done = new HashSet<>();
            for (F f : e.getValue()) {
                String id = fileId.apply(f);
                if (dbIds.contains(id) || !done.add(id) || existsById(c, table, id)) {
                    continue;
                }
                if (!have.take(fileKey.apply(f))) {
                    inserts.add(toRow.apply(f));
                }
            }
        }
        repository.insertAll(c, inserts);
        t.inserted(table, inserts.size());
    }

    private static boolean existsById(Connection c, String table, String id) throws SQLException {
        return Sql.exists(c, "SELECT 1 FROM \"" + table + "\" WHERE id = ?", id);
    }
}
