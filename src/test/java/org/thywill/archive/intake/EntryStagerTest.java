package org.thywill.archive.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thywill.archive.intake.ZipInspectorTest.ACTIVITY;
import static org.thywill.archive.intake.ZipInspectorTest.USERS;
import static org.thywill.archive.intake.ZipInspectorTest.filesUnder;
import static org.thywill.archive.intake.Zips.entries;
import static org.thywill.archive.intake.Zips.zip;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryStagerTest {

    private static final String USERS_ENTRY = "text_archives/users/2024_01_users.txt";
    private static final String ACTIVITY_ENTRY = "text_archives/activity/activity_2024_01.txt";

    @TempDir
    Path dir;

    private Path staging() {
        return dir.resolve("staging");
    }

    private ZipInspection inspect(byte[] zip) throws Exception {
        return ZipInspector.inspect(Zips.write(dir, "drop.zip", zip), ZipLimits.DEFAULTS);
    }

    private ZipInspection twoFiles() throws Exception {
        return inspect(zip(entries(USERS_ENTRY, USERS, ACTIVITY_ENTRY, ACTIVITY)));
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** An endless stream of zeros that counts what was read from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            read += len;
            return len;
        }
    }

    /** Streams the ZIP's local entries the way Camel's ZIP splitter does, into the stager. */
    private static void streamLikeCamel(byte[] zip, EntryStager stager) throws Exception {
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                stager.stage(e.getName(), in);
            }
        }
    }

    @Test
    void stagesEveryFileAtItsRelativePath() throws Exception {
        List<EntryStager.Staged> staged = EntryStager.stageAll(twoFiles(), staging());

        assertThat(staged).extracting(s -> s.entry().relativePath())
                .containsExactly("users/2024_01_users.txt", "activity/activity_2024_01.txt");
        assertThat(staged).extracting(EntryStager.Staged::bytes).containsExactly((long) USERS.length(),
                (long) ACTIVITY.length());
        assertThat(Files.readString(staging().resolve("users/2024_01_users.txt"))).isEqualTo(USERS);
        assertThat(Files.readString(staging().resolve("activity/activity_2024_01.txt"))).isEqualTo(ACTIVITY);
        assertThat(filesUnder(staging())).hasSize(2);
    }

    @Test
    void stagesAZipStreamedEntryByEntry() throws Exception {
        byte[] zip = zip(entries("text_archives/", "", USERS_ENTRY, USERS, "__MACOSX/._x", "x", ACTIVITY_ENTRY, ACTIVITY));
        ZipInspection inspection = inspect(zip);
        EntryStager stager = new EntryStager(inspection, staging());
        List<EntryStager.Outcome> outcomes = new ArrayList<>();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                outcomes.add(stager.stage(e.getName(), in));
            }
        }

        assertThat(stager.finish()).hasSize(2);
        assertThat(outcomes.get(0)).isEqualTo(new EntryStager.Skipped("text_archives/", "folder"));
        assertThat(outcomes.get(2)).isEqualTo(new EntryStager.Skipped("__MACOSX/._x", "macOS metadata (__MACOSX/)"));
        assertThat(filesUnder(staging())).hasSize(2);
    }

    @Test
    void lyingEntryIsStoppedRightAfterItsDeclaredSize() throws Exception {
        EntryStager stager = new EntryStager(twoFiles(), staging());
        Endless bomb = new Endless();

        assertThatThrownBy(() -> stager.stage(USERS_ENTRY, bomb))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("entry '" + USERS_ENTRY + "': it holds more than the " + USERS.length() + " bytes its"
                        + " central directory entry declares (the ZIP lies about its size)");
        assertThat(bomb.read).isEqualTo(USERS.length() + 1);
        assertThat(filesUnder(staging())).isEmpty();
    }

    @Test
    void lyingZipIsRefusedWhenStagedThroughItsCentralDirectory() throws Exception {
        byte[] bomb = Zips.withDeclaredSize(zip(Map.of(USERS_ENTRY, new byte[10_000_000])), USERS_ENTRY, 100);
        ZipInspection inspection = inspect(bomb);
        assertThat(inspection.files().get(0).declaredSize()).isEqualTo(100);

        assertThatThrownBy(() -> EntryStager.stageAll(inspection, staging()))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("entry '" + USERS_ENTRY + "': it holds more than the 100 bytes its central directory"
                        + " entry declares (the ZIP lies about its size)");
        assertThat(filesUnder(staging())).isEmpty();
    }

    @Test
    void lyingZipIsRefusedWhenStreamedLikeCamel() throws Exception {
        byte[] bomb = Zips.withDeclaredSize(zip(entries(ACTIVITY_ENTRY, ACTIVITY, USERS_ENTRY, "x".repeat(5_000_000))),
                USERS_ENTRY, 100);
        EntryStager stager = new EntryStager(inspect(bomb), staging());

        assertThatThrownBy(() -> streamLikeCamel(bomb, stager))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("entry '" + USERS_ENTRY + "': it holds more than the 100 bytes its central directory"
                        + " entry declares (the ZIP lies about its size)");
        assertThat(filesUnder(staging())).as("the activity file staged before is removed too").isEmpty();
    }

    @Test
    void actualBytesAreCappedPerEntryEvenWhenTheDeclaredSizeAllowsMore() throws Exception {
        ZipInspection inspection = inspect(zip(Map.of(USERS_ENTRY, new byte[3_000_000])));
        EntryStager stager = new EntryStager(inspection, staging(), ZipLimits.of(10, 1_000_000, 10_000_000));
        Endless bomb = new Endless();

        assertThatThrownBy(() -> stager.stage(USERS_ENTRY, bomb))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("entry '" + USERS_ENTRY + "': it holds more than the per-entry limit of 1000000 bytes");
        assertThat(bomb.read).isEqualTo(1_000_001);
        assertThat(filesUnder(staging())).isEmpty();
    }

    @Test
    void actualBytesAreCappedInTotal() throws Exception {
        ZipInspection inspection = inspect(zip(entries(USERS_ENTRY, "a".repeat(600), ACTIVITY_ENTRY, "b".repeat(600))));
        EntryStager stager = new EntryStager(inspection, staging(), ZipLimits.of(10, 1000, 1000));
        stager.stage(USERS_ENTRY, text("a".repeat(600)));

        assertThatThrownBy(() -> stager.stage(ACTIVITY_ENTRY, text("b".repeat(600))))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("entry '" + ACTIVITY_ENTRY + "': the entries hold more than the total limit of 1000 bytes");
        assertThat(filesUnder(staging())).isEmpty();
    }

    @Test
    void entryMissingFromTheCentralDirectoryIsRefused() throws Exception {
        EntryStager stager = new EntryStager(twoFiles(), staging());
        stager.stage(USERS_ENTRY, text(USERS));

        assertThatThrownBy(() -> stager.stage("text_archives/users/2024_09_users.txt", text(USERS)))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("entry 'text_archives/users/2024_09_users.txt': it is not in the ZIP's central directory"
                        + " (a local header that the central directory does not list)");
        assertThat(filesUnder(staging())).isEmpty();
    }

    @Test
    void hostileNameFromTheStreamIsRefusedByTheSameRules() throws Exception {
        EntryStager stager = new EntryStager(twoFiles(), staging());

        assertThatThrownBy(() -> stager.stage("text_archives/../../evil.txt", text("x")))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("entry 'text_archives/../../evil.txt': its name climbs out of the folder with '..'");
        assertThat(Files.exists(dir.resolve("evil.txt"))).isFalse();
        assertThat(filesUnder(staging())).isEmpty();
    }

    @Test
    void entryDeliveredTwiceIsRefused() throws Exception {
        EntryStager stager = new EntryStager(twoFiles(), staging());
        stager.stage(USERS_ENTRY, text(USERS));

        assertThatThrownBy(() -> stager.stage(USERS_ENTRY, text(USERS)))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("entry '" + USERS_ENTRY + "': it was delivered twice");
        assertThat(filesUnder(staging())).isEmpty();
    }

    @Test
    void shortEntryIsRefused() throws Exception {
        EntryStager stager = new EntryStager(twoFiles(), staging());

        assertThatThrownBy(() -> stager.stage(USERS_ENTRY, text("User")))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("entry '" + USERS_ENTRY + "': it holds 4 bytes, fewer than the " + USERS.length()
                        + " its central directory entry declares (truncated?)");
        assertThat(filesUnder(staging())).isEmpty();
    }

    @Test
    void entryNeverDeliveredIsRefusedAtTheEnd() throws Exception {
        EntryStager stager = new EntryStager(twoFiles(), staging());
        stager.stage(USERS_ENTRY, text(USERS));

        assertThatThrownBy(stager::finish)
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("entry '" + ACTIVITY_ENTRY + "': the central directory lists it, but the ZIP's data"
                        + " never delivered it");
        assertThat(filesUnder(staging())).isEmpty();
    }

    @Test
    void aRefusedDropRefusesEverythingAfter() throws Exception {
        EntryStager stager = new EntryStager(twoFiles(), staging());
        assertThatThrownBy(() -> stager.stage(USERS_ENTRY, text("short"))).isInstanceOf(DropRejectedException.class);

        assertThatThrownBy(() -> stager.stage(ACTIVITY_ENTRY, text(ACTIVITY)))
                .isInstanceOf(DropRejectedException.class)
                .hasMessageStartingWith("the drop was already refused: entry '" + USERS_ENTRY + "'");
        assertThat(filesUnder(staging())).isEmpty();
    }

    @Test
    void discardRemovesWhatWasStaged() throws Exception {
        EntryStager stager = new EntryStager(twoFiles(), staging());
        stager.stage(USERS_ENTRY, text(USERS));
        stager.discard();

        assertThat(filesUnder(staging())).isEmpty();
        assertThat(staging()).isEmptyDirectory();
    }

    @Test
    void aLinkInsideTheStagingFolderIsNotFollowed() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(staging());
        Files.createSymbolicLink(staging().resolve("users"), outside);
        EntryStager stager = new EntryStager(twoFiles(), staging());

        assertThatThrownBy(() -> stager.stage(USERS_ENTRY, text(USERS)))
                .isInstanceOf(DropRejectedException.class)
                .hasMessage("entry '" + USERS_ENTRY + "': its folder users is a link in the staging folder");
        assertThat(outside).isEmptyDirectory();
    }
}
