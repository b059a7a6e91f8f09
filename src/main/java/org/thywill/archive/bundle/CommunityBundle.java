package org.thywill.archive.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What goes into a community bundle (reference operations §6.4): under {@code complete_site_archive/}, every regular
 * file of {@code prayers/}, {@code users/}, {@code activity/} and {@code foundational_prayers/}, then
 * {@code archive_metadata.json} and {@code README.txt}. Nothing else of the archive root is read, so sessions,
 * auth, authentication, invites, roles, security, system, membership applications, downloads and the drop folder
 * (and the bearer secrets some of them hold) never get in. Links and special files are skipped (see
 * {@link TreeFiles}).
 */
public final class CommunityBundle {

    public static final String ROOT = "complete_site_archive/";
    public static final List<String> INCLUDED = List.of("activity", "foundational_prayers", "prayers", "users");

    private CommunityBundle() {
    }

    public static BundlePlan plan(Path archiveRoot, LocalDateTime builtAt) throws IOException {
        List<BundleEntry> entries = new ArrayList<>();
        List<SkippedItem> skipped = new ArrayList<>();
        for (String folder : INCLUDED) {
            TreeFiles.Walk walk = TreeFiles.walk(archiveRoot, folder, Integer.MAX_VALUE);
            for (TreeFiles.Found f : walk.files()) {
                entries.add(new BundleEntry.CopiedFile(ROOT + f.relative(), f.file()));
            }
            skipped.addAll(walk.skipped());
        }
        entries.add(text(ROOT + "archive_metadata.json", CommunityMetadata.json(builtAt)));
        entries.add(text(ROOT + "README.txt", CommunityReadme.text(builtAt)));
        return new BundlePlan(entries, skipped);
    }

    static BundleEntry text(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new BundleEntry.Generated(name, out -> out.write(bytes));
    }
}
