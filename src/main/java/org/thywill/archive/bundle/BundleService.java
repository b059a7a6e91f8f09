package org.thywill.archive.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.thywill.archive.store.Database;

/**
 * Builds the community bundle and member bundles of the archive tree into a folder (by default the downloads
 * folder, {@code thywill.downloads}), and deletes old ones. Bundle names carry the local minute of the clock; see
 * {@link BundleNames}, {@link CommunityBundle}, {@link MemberBundle} and {@link ZipBundleWriter}.
 */
public final class BundleService {

    private final Path archiveRoot;
    private final Supplier<Database> database;
    private final Path downloads;
    private final Clock clock;
    private final ZipBundleWriter writer;

    public BundleService(Path archiveRoot, Supplier<Database> database, Path downloads, Clock clock) {
        this(archiveRoot, database, downloads, clock, new ZipBundleWriter());
    }

    BundleService(Path archiveRoot, Supplier<Database> database, Path downloads, Clock clock, ZipBundleWriter writer) {
        this.archiveRoot = archiveRoot.toAbsolutePath().normalize();
        this.database = Objects.requireNonNull(database, "database");
        this.downloads = downloads.toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    public Path downloads() {
        return downloads;
    }

    /** The community bundle of the archive tree, written into {@code outDir} ({@code null}: the downloads folder). */
    public BundleResult communityBundle(Path outDir) throws IOException {
        LocalDateTime now = LocalDateTime.now(clock);
        BundlePlan plan = CommunityBundle.plan(archiveRoot, now);
        return writer.write(target(outDir), BundleNames.community(now), plan.entries(), plan.skipped());
    }

    /**
     * The bundle of the member named exactly {@code displayName}, written into {@code outDir} ({@code null}: the
     * downloads folder); {@code includeCommunity} {@code null} means yes, the original's default.
     *
     * @throws UnknownMemberException no user has that display name
     */
    public BundleResult memberBundle(String displayName, Boolean includeCommunity, Path outDir) throws IOException {
        if (displayName == null || displayName.isEmpty()) {
            throw new IllegalArgumentException("a member bundle needs a display name");
        }
        MemberRecords member = database.get().read(c -> MemberQueries.find(c, displayName))
                .orElseThrow(() -> new UnknownMemberException(displayName));
        LocalDateTime now = LocalDateTime.now(clock);
        BundlePlan plan = MemberBundle.plan(archiveRoot, member, includeCommunity == null || includeCommunity);
        return writer.write(target(outDir), BundleNames.member(displayName, now), plan.entries(), plan.skipped());
    }

    /** Deletes our bundles in the downloads folder older than {@code maxAge}; returns what was deleted. */
    public List<Path> cleanup(Duration maxAge) throws IOException {
        return cleanup(downloads, maxAge);
    }

    /** {@link #cleanup(Duration)} by a whole number of hours (the {@code bundle-cleanup} route's setting). */
    public List<Path> cleanupOlderThanHours(long hours) throws IOException {
        return cleanup(Duration.ofHours(hours));
    }

    /** Deletes our bundles in {@code folder} older than {@code maxAge} by the clock; returns what was deleted. */
    public List<Path> cleanup(Path folder, Duration maxAge) throws IOException {
        return new BundleCleanup(clock).deleteOlderThan(folder, maxAge);
    }

    private Path target(Path outDir) {
        return outDir == null ? downloads : outDir;
    }
}
