package org.thywill.archive.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.cli.CliRunner;
import org.thywill.archive.testing.ArchivePrecisionSnapshot;
import org.thywill.archive.testing.RunningService;
import org.thywill.archive.testing.Samples;

/** The bundle routes of a running service, and a community bundle imported through the drop folder. */
class BundleRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theCommunityBundleDroppedIntoAnEmptyServiceRebuildsTheSameDatabase() throws Exception {
        Path tree = Samples.copyArchives("community", dir.resolve("source/text_archives"));
        BundleResult bundle = CommunityBundleTest.service(tree, dir.resolve("bundles")).communityBundle(null);

        Path service = dir.resolve("service");
        try (RunningService s = RunningService.start(service)) {
            Path incoming = Files.createDirectories(service.resolve("text_archives/incoming"));
            Files.copy(bundle.path(), incoming.resolve(".bundle.part"));
            Files.move(incoming.resolve(".bundle.part"), incoming.resolve(bundle.path().getFileName()));
            await().atMost(Duration.ofSeconds(120)).until(() -> list(incoming.resolve(".done")).size() == 1
                    || list(incoming.resolve(".failed")).size() > 0);
            assertThat(list(incoming.resolve(".failed"))).isEmpty();
        }

        // The same sample tree without what a community bundle leaves out, imported directly.
        Path direct = dir.resolve("direct");
        Path expectedTree = Files.createDirectories(direct.resolve("tree"));
        for (String folder : CommunityBundle.INCLUDED) {
            if (Files.isDirectory(tree.resolve(folder))) {
                copy(tree.resolve(folder), expectedTree.resolve(folder));
            }
        }
        CliRunner.Result run = CliRunner.run("--db", direct.resolve("thywill.db").toString(),
                "--archives", direct.resolve("none").toString(), "import", "text-archives", "--from",
                expectedTree.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();

        ArchivePrecisionSnapshot fromBundle = ArchivePrecisionSnapshot.of(service.resolve("thywill.db"));
        assertThat(fromBundle).isEqualTo(ArchivePrecisionSnapshot.of(direct.resolve("thywill.db")));
        assertThat(fromBundle.prayers()).hasSize(120);
        // No bearer secret travelled: no session, no invite token.
        assertThat(fromBundle.sessions()).isEmpty();
        assertThat(fromBundle.inviteTokens()).isEmpty();

        // And what the bundle carries matches the full sample imported directly.
        Path full = dir.resolve("full");
        CliRunner.Result fullRun = CliRunner.run("--db", full.resolve("thywill.db").toString(),
                "--archives", full.resolve("none").toString(), "import", "text-archives", "--from", tree.toString());
        assertThat(fullRun.exitCode()).as(fullRun.out() + fullRun.err()).isZero();
        ArchivePrecisionSnapshot whole = ArchivePrecisionSnapshot.of(full.resolve("thywill.db"));
        assertThat(fromBundle.prayers()).isEqualTo(whole.prayers());
        assertThat(fromBundle.marks()).isEqualTo(whole.marks());
        assertThat(fromBundle.attributes()).isEqualTo(whole.attributes());
        assertThat(fromBundle.logs()).isEqualTo(whole.logs());
    }

    @Test
    void theRoutesBuildBundlesIntoTheDownloadsFolder() throws Exception {
        Samples.copyArchives("tiny", dir.resolve("text_archives"));
        try (RunningService s = RunningService.start(dir)) {
            ProducerTemplate producer = s.context().createProducerTemplate();
            BundleResult community = producer.requestBody("direct:build-community-bundle", null, BundleResult.class);
            assertThat(community.path().getParent()).isEqualTo(dir.resolve("text_archives/downloads"));
            assertThat(community.path().getFileName().toString()).matches("complete_site_archive_\\d{4}_\\d{2}_\\d{2}_\\d{4}\\.zip");
            assertThat(ZipContents.of(community.path()).names()).contains("complete_site_archive/README.txt");

            await().atMost(Duration.ofSeconds(60)).until(() -> s.count("user where display_name = 'Mary'") == 1);
            BundleResult member = producer.requestBodyAndHeaders("direct:build-member-bundle", null,
                    Map.of("thywillDisplayName", "Mary", "thywillIncludeCommunity", false,
                            "thywillOutDir", dir.resolve("elsewhere")), BundleResult.class);
            assertThat(member.path().getParent()).isEqualTo(dir.resolve("elsewhere"));
            assertThat(member.path().getFileName().toString()).matches("Mary_archive_\\d{4}_\\d{2}_\\d{2}_\\d{4}\\.zip");
            assertThat(ZipContents.of(member.path()).names()).contains("Mary_text_archive/personal/registration.txt")
                    .noneMatch(n -> n.contains("/community/"));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static List<Path> list(Path d) throws IOException {
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }
}
