package org.thywill.archive.heal;

import java.time.LocalDateTime;
import java.util.List;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.export.ExportDumps;
import org.thywill.archive.format.export.ExportedRole;
import org.thywill.archive.format.export.ExportedUserRole;
import org.thywill.archive.format.monthly.PrayerSkip;
import org.thywill.archive.format.sessions.SessionRecord;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.repo.Repositories;

/**
 * The Tier-1 kinds besides prayers and users that the original writes from database rows, healed from the
 * database, each in the file the original uses: sessions ({@link SessionsHealKind}), invite usage
 * ({@link InviteUsageHealKind}) and prayer skips ({@link SkipsHealKind}) in their monthly files; roles and user roles
 * in the export-all dumps {@code roles/roles.txt} and {@code roles/user_roles.txt}, the only archive the original
 * writes them to (its live {@code roles/YYYY_MM_role_assignments.txt} records only deactivations and reactivations,
 * not role grants, and no importer reads it).
 */
final class OtherKindsHeal {

    static final String ROLES = "roles";
    static final String USER_ROLES = "user_roles";

    private OtherKindsHeal() {
    }

    /** @param now the UTC time a new export-all dump is stamped with */
    static void heal(Database db, ArchiveRoot root, boolean dryRun, HealReport.Builder report, LocalDateTime now) {
        List<SessionRecord> sessions = db.read(c ->
                Repositories.SESSIONS.findAll(c).stream().map(SessionsHealKind::record).toList());
        new MonthlyRowsHealer<>(new SessionsHealKind(), root, dryRun, report).heal(sessions);

        InviteUsageHealKind.Lines invites = db.read(c -> InviteUsageHealKind.of(Repositories.INVITE_TOKENS.findAll(c),
                Repositories.INVITE_TOKEN_USAGE.findAll(c)));
        invites.notes().forEach(report::note);
        new MonthlyRowsHealer<>(new InviteUsageHealKind(), root, dryRun, report).heal(invites.lines());

        List<PrayerSkip> skips = db.read(c ->
                Repositories.PRAYER_SKIPS.findAll(c).stream().map(SkipsHealKind::record).toList());
        new MonthlyRowsHealer<>(new SkipsHealKind(), root, dryRun, report).heal(skips);

        List<ExportedRole> roles = db.read(c -> Repositories.ROLES.findAll(c).stream()
                .sorted(java.util.Comparator.comparing(r -> r.createdAt()))
                .map(r -> new ExportedRole(r.id(), r.name(), r.description(), r.permissions(), r.createdBy(),
                        r.isSystemRole())).toList());
        // the importer knows a role by id, then by its unique name
        new ExportDumpHealer<>(ROLES, "roles/roles.txt", ExportDumps.ROLES, ExportedRole::name, null, root, dryRun,
                report).heal(roles, now);

        List<ExportedUserRole> userRoles = db.read(c -> Repositories.USER_ROLES.findAll(c).stream()
                .map(u -> new ExportedUserRole(u.id(), u.grantedAt(), u.userId(), u.roleId(), u.grantedBy(),
                        u.expiresAt())).toList());
        new ExportDumpHealer<>(USER_ROLES, "roles/user_roles.txt", ExportDumps.USER_ROLES,
                u -> List.of(u.userId(), u.roleId(), ArchiveTime.toMinute(u.grantedAt())), ExportedUserRole::grantedAt,
                root, dryRun, report).heal(userRoles, now);
    }
}
