package org.thywill.archive.heal;

import java.util.List;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.repo.Repositories;

/**
 * The Tier-1 kinds besides prayers and users whose monthly files the original writes from database rows, healed
 * from the database: sessions ({@link SessionsHealKind}), invite usage ({@link InviteUsageHealKind}) and prayer
 * skips ({@link SkipsHealKind}).
 */
final class MonthlyKindsHeal {

    private MonthlyKindsHeal() {
    }

    static void heal(Database db, ArchiveRoot root, boolean dryRun, HealReport.Builder report) {
        List<org.thywill.archive.format.sessions.SessionRecord> sessions = db.read(c ->
                Repositories.SESSIONS.findAll(c).stream().map(SessionsHealKind::record).toList());
        new MonthlyRowsHealer<>(new SessionsHealKind(), root, dryRun, report).heal(sessions);
        InviteUsageHealKind.Lines invites = db.read(c -> InviteUsageHealKind.of(Repositories.INVITE_TOKENS.findAll(c),
                Repositories.INVITE_TOKEN_USAGE.findAll(c)));
        invites.notes().forEach(report::note);
        new MonthlyRowsHealer<>(new InviteUsageHealKind(), root, dryRun, report).heal(invites.lines());
        List<org.thywill.archive.format.monthly.PrayerSkip> skips = db.read(c ->
                Repositories.PRAYER_SKIPS.findAll(c).stream().map(SkipsHealKind::record).toList());
        new MonthlyRowsHealer<>(new SkipsHealKind(), root, dryRun, report).heal(skips);
    }
}
