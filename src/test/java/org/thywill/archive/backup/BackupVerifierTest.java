package org.thywill.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify: every corruption of issue 5 §3 is caught with a clear message; a good backup passes, unchanged. */
class BackupVerifierTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-22T03:44:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path backup;
    private final BackupVerifier verifier = new BackupVerifier();

    @BeforeEach
    void takeOne() {
        Path live = dir.resolve("thywill.db");
        LiveDatabases.withLoad(live, 50, 20, 100).close();
        backup = new BackupTaker(live, dir.resolve("backups"), 10_000, FIXED).take(BackupTier.DAILY).file();
    }

    @Test
    void aGoodBackupPassesAndIsLeftExactlyAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(backup);
        VerifyReport r = verifier.verify(backup, false);
        assertThat(r.problems()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.schemaVersion()).isEqualTo("4");
        assertThat(r.sha256()).isEqualTo(Sha256Sidecar.hash(backup));
        assertThat(Files.readAllBytes(backup)).isEqualTo(before);
        assertThat(BackupTakerTest.files(backup.getParent())).containsExactly(
                "thywill_daily_20261122_034405.db", "thywill_daily_20261122_034405.db.manifest.json",
                "thywill_daily_20261122_034405.db.sha256");
    }

    @Test
    void oneFlippedByteIsAChecksumMismatch() throws Exception {
        long middle = Files.size(backup) / 2;
        try (RandomAccessFile f = new RandomAccessFile(backup.toFile(), "rw")) {
            f.seek(middle);
            int b = f.read();
            f.seek(middle);
            f.write(b ^ 0x01);
        }
        VerifyReport r = verifier.verify(backup, false);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).startsWith("checksum mismatch: the file's SHA-256 is "
                + Sha256Sidecar.hash(backup) + ", its sidecar says "));
    }

    @Test
    void aTruncatedBackupIsReportedAsTruncated() throws Exception {
        long size = Files.size(backup);
        try (RandomAccessFile f = new RandomAccessFile(backup.toFile(), "rw")) {
            f.setLength(size / 2);
        }
        VerifyReport r = verifier.verify(backup, false);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).startsWith("checksum mismatch"))
                .anySatisfy(p -> assertThat(p).matches("truncated: the header declares \\d+ pages of 4096 bytes \\("
                        + size + " bytes\\) but the file has " + size / 2 + " bytes"))
                .contains("size differs from the manifest: " + size / 2 + " bytes, the manifest says " + size);
    }

    @Test
    void aFileThatIsNotSqliteIsSaidToBeNotSqlite() throws Exception {
        Path text = dir.resolve("backups/daily/thywill_daily_20261122_050000.db");
        Files.writeString(text, "hello, this is not a database\n");
        Files.writeString(text.resolveSibling(text.getFileName() + ".sha256"),
                Sha256Sidecar.hash(text) + "  " + text.getFileName() + "\n");
        VerifyReport r = verifier.verify(text, true);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).containsExactly(
                "not an SQLite database (its first bytes are not the 'SQLite format 3' header)");
    }

    @Test
    void aSidecarThatBelongsToAnotherFileIsRefused() throws Exception {
        Path other = backup.resolveSibling("thywill_daily_20261121_020000.db");
        Files.copy(backup, other);
        Files.copy(backup.resolveSibling(backup.getFileName() + ".sha256"),
                other.resolveSibling(other.getFileName() + ".sha256"));
        VerifyReport r = verifier.verify(other, true);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).contains("the checksum sidecar belongs to another file: "
                + "thywill_daily_20261121_020000.db.sha256 names 'thywill_daily_20261122_034405.db', "
                + "not 'thywill_daily_20261121_020000.db'");
    }

    @Test
    void aManifestThatBelongsToAnotherFileIsRefused() throws Exception {
        Path other = backup.resolveSibling("thywill_daily_20261121_020000.db");
        Files.copy(backup, other);
        Files.writeString(other.resolveSibling(other.getFileName() + ".sha256"),
                Sha256Sidecar.hash(other) + "  " + other.getFileName() + "\n");
        Files.copy(backup.resolveSibling(backup.getFileName() + ".manifest.json"),
                other.resolveSibling(other.getFileName() + ".manifest.json"));
        assertThat(verifier.verify(other, false).problems()).containsExactly("the manifest belongs to another file:"
                + " it names 'thywill_daily_20261122_034405.db', not 'thywill_daily_20261121_020000.db'");
    }

    @Test
    void aMissingSidecarFailsUnlessAllowed() throws Exception {
        Files.delete(backup.resolveSibling(backup.getFileName() + ".sha256"));
        VerifyReport strict = verifier.verify(backup, false);
        assertThat(strict.ok()).isFalse();
        assertThat(strict.problems()).containsExactly("no checksum sidecar thywill_daily_20261122_034405.db.sha256"
                + " (use --allow-missing-checksum for a backup that never had one)");

        VerifyReport allowed = verifier.verify(backup, true);
        assertThat(allowed.ok()).isTrue();
        assertThat(allowed.notes()).contains("no checksum sidecar thywill_daily_20261122_034405.db.sha256"
                + " (allowed by --allow-missing-checksum)");
    }

    @Test
    void aBackupOfTheOriginalWithAnAbsolutePathSidecarAndNoManifestPassesWhenAllowed() throws Exception {
        Path original = Files.createDirectories(dir.resolve("old")).resolve("thywill_daily_20250101_020000.db");
        Files.copy(backup, original, StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(original.resolveSibling(original.getFileName() + ".sha256"),
                Sha256Sidecar.hash(original) + "  /home/thywill/thywill/backups/daily/" + original.getFileName() + "\n");
        VerifyReport r = verifier.verify(original, true);
        assertThat(r.problems()).isEmpty();
        assertThat(r.notes()).contains("no manifest thywill_daily_20250101_020000.db.manifest.json");
        assertThat(verifier.verify(original, false).problems())
                .containsExactly("no manifest thywill_daily_20250101_020000.db.manifest.json");
    }

    @Test
    void aMissingFileIsSaidToBeMissing() {
        VerifyReport r = verifier.verify(dir.resolve("nope.db"), false);
        assertThat(r.problems()).containsExactly("no such backup file: " + dir.resolve("nope.db"));
    }

    @Test
    void rowCountsThatDifferFromTheManifestAreReported() throws Exception {
        Path manifest = backup.resolveSibling(backup.getFileName() + ".manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"load\" : 1000", "\"load\" : 999"));
        assertThat(verifier.verify(backup, false).problems()).singleElement()
                .satisfies(p -> assertThat(p).startsWith("row counts differ from the manifest: ").contains("load=1000")
                        .contains("load=999"));
    }

    @Test
    void verifyingAWalModeDatabaseCreatesNoWalOrShmNextToIt() throws Exception {
        Path walMode = Files.createDirectories(dir.resolve("wal")).resolve("copy.db");
        Files.copy(dir.resolve("thywill.db"), walMode);
        byte[] header = Files.readAllBytes(walMode);
        assertThat(header[18]).as("file format: WAL").isEqualTo((byte) 2);
        VerifyReport r = verifier.verify(walMode, true);
        assertThat(r.problems()).isEmpty();
        assertThat(BackupTakerTest.files(walMode.getParent())).containsExactly("copy.db");
        assertThat(Files.readAllBytes(walMode)).isEqualTo(header);
    }
}
