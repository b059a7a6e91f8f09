package org.thywill.archive.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.backup.BackupListing;
import org.thywill.archive.backup.BackupService;
import org.thywill.archive.backup.RemoteCopier;

/** {@code recovery-report}: records counted by parsing, limits named, backups with their state. */
class RecoveryReporterTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theCommunitySampleCountedByParsing() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("community", dir);
        RecoveryReport r = new RecoveryReporter(f.settings(), NOW).report(noBackups(), false);

        assertThat(r.files()).isEqualTo(205);
        assertThat(r.filesWithProblems()).isZero();
        assertThat(r.generatedAt()).isEqualTo(NOW.instant());
        // the sample's manifest: 25 users, 120 prayers, 556 prayed lines, 28 sessions, 30 tokens, 28 claims
        assertThat(r.canRebuild()).extracting(RebuildableKind::kind, RebuildableKind::records).containsExactly(
                org.assertj.core.groups.Tuple.tuple("users", 25L), org.assertj.core.groups.Tuple.tuple("prayers", 120L),
                org.assertj.core.groups.Tuple.tuple("marks", 556L),
                org.assertj.core.groups.Tuple.tuple("prayer_activity", 70L),
                org.assertj.core.groups.Tuple.tuple("sessions", 28L),
                org.assertj.core.groups.Tuple.tuple("invite_tokens", 30L),
                org.assertj.core.groups.Tuple.tuple("invite_claims", 28L));
        assertThat(r.canRebuild().get(3).sources()).isEqualTo(Map.of("answered lines", 26L, "archived lines", 21L,
                "restored lines", 6L, "testimony lines", 17L));
        assertThat(r.archivedNotRebuilt()).contains(new ArchivedKind("SITE_ACTIVITY", 14, 754,
                "informational: every fact in it is also in the prayer and registration files"));
        assertThat(r.cannotRebuild()).extracting(NotCarried::what, NotCarried::databaseCount).contains(
                org.assertj.core.groups.Tuple.tuple("table role", 3L),
                org.assertj.core.groups.Tuple.tuple("table user_roles (role grants, admin rights included)", 3L),
                org.assertj.core.groups.Tuple.tuple("invite_token_usage.ip_address", 28L));
        assertThat(r.database()).isEqualTo(f.database());
        assertThat(r.backups().total()).isZero();
        assertThat(r.backups().newestVerified()).isNull();
    }

    @Test
    void aTreeWithDumpsCountsTheirRecordsAndDropsTheirLimits() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        Files.createDirectories(f.archives().resolve("roles"));
        Files.writeString(f.archives().resolve("roles/roles.txt"), "System Roles (exported November 22 2026 at 05:56)\n"
                + "Format: id|role_name|description|permissions|created_by|is_system_role\n\n\n"
                + "a86c0400aab54e72aaa2dda212d96360|admin|Full administrative access|[\"*\"]|system|yes");
        RecoveryReport r = new RecoveryReporter(f.settings(), NOW).report(noBackups(), false);
        assertThat(r.canRebuild()).extracting(RebuildableKind::kind).contains("roles");
        assertThat(r.canRebuild().stream().filter(k -> k.kind().equals("roles")).findFirst().orElseThrow().records())
                .isEqualTo(1);
        assertThat(r.cannotRebuild()).extracting(NotCarried::what).doesNotContain("table role").contains("role.created_at");
    }

    @Test
    void withoutADatabaseTheLimitsAreNamedWithoutCounts() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        Files.delete(f.database());
        RecoveryReport r = new RecoveryReporter(f.settings(), NOW).report(noBackups(), false);
        assertThat(r.database()).isNull();
        assertThat(r.cannotRebuild()).isNotEmpty().allSatisfy(n -> assertThat(n.databaseCount()).isNull());
        assertThat(f.database()).doesNotExist();
    }

    @Test
    void theBackupsAvailableWithTheirVerificationState() throws Exception {
        RecoveryFixture f = RecoveryFixture.copy("tiny", dir);
        Path backups = dir.resolve("backups");
        BackupService service = new BackupService(f.database(), backups, 10_000, RemoteCopier.NONE, Clock.systemUTC());
        service.backup("daily");
        RecoveryReport r = new RecoveryReporter(f.settings(), NOW).report(service.list(true), true);
        assertThat(r.backups().check()).isEqualTo("full");
        assertThat(r.backups().total()).isEqualTo(1);
        assertThat(r.backups().verified()).isEqualTo(1);
        assertThat(r.backups().newestVerified().tier()).isEqualTo("daily");
    }

    private BackupListing noBackups() {
        return new BackupListing(dir.resolve("backups"), Map.of());
    }
}
