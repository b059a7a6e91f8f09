package org.thywill.archive.repair;

import static org.thywill.archive.repair.RepairReport.HEADERLESS_FILES;
import static org.thywill.archive.repair.RepairReport.PRAYER_POINTERS;
import static org.thywill.archive.repair.RepairReport.SPLIT_PRAYERS;
import static org.thywill.archive.repair.RepairReport.USER_POINTERS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.thywill.archive.app.DatabaseProvider;
import org.thywill.archive.files.DurableFiles;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.format.prayer.PrayerFileWriter;
import org.thywill.archive.heal.ArchiveRoot;
import org.thywill.archive.store.Database;
import org.thywill.archive.store.repo.PrayerRow;
import org.thywill.archive.store.repo.Repositories;

/**
 * {@code repair-archives}: repairs what is inconsistent in the archive tree and the database's pointers into it,
 * listing every change; a dry run lists the same changes and writes nothing. In order:
 * <ol>
 *   <li><b>Headerless prayer files</b> (first line not {@code Prayer <id> by <name>}, B16): the header, request text
 *       and generated prayer written back before the file's activity, from the prayer whose
 *       {@code text_file_path} names the file ({@link HeaderRestore}); reported when no row, or several, name it.</li>
 *   <li><b>Prayers split across {@code _N} files</b> (the same id in the header of several files of its minute, the
 *       original heal's B35): merged into one file without losing a line ({@link SplitPrayerMerge}) — the one the
 *       prayer's {@code text_file_path} names when it is one of them, else the lowest suffix — written atomically;
 *       only once it is durable are the other copies moved into {@link Quarantine} (never deleted), and the pointer
 *       set to the merged file. Copies that disagree are reported and left alone.</li>
 *   <li><b>Pointers</b>: {@code prayer.text_file_path} and {@code user.text_file_path} that are NULL, name a missing
 *       file, lead outside the archive root, or name a file of another prayer (a users file without the user's
 *       line) are set to the file that carries the record ({@link PointerRepair}), in one transaction after the
 *       files; reported when none does.</li>
 * </ol>
 * A file is only ever replaced over the very bytes that were read, so a file changed meanwhile is reported and left
 * as it is. A second run changes nothing: no byte, no mtime, no row.
 */
public class RepairArchivesService {

    private final Path archives;
    private final DatabaseProvider databases;
    private final Clock clock;

    public RepairArchivesService(Path archives, DatabaseProvider databases, Clock clock) {
        this.archives = archives;
        this.databases = databases;
        this.clock = clock;
    }

    public synchronized RepairReport repairArchives(boolean dryRun) {
        RepairReport.Builder report = new RepairReport.Builder(dryRun);
        ArchiveRoot root = new ArchiveRoot(archives);
        Database db = databases.get();
        PrayerFileIndex index = PrayerFileIndex.scan(root);
        List<PointerRepair.Row> prayers = db.read(PointerRepair::prayerRows);
        restoreHeaders(db, root, index, prayers, dryRun, report);
        mergeSplitPrayers(root, index, prayers, dryRun, report);
        repairPointers(db, root, index, prayers, dryRun, report);
        return report.build();
    }

    private static void restoreHeaders(Database db, ArchiveRoot root, PrayerFileIndex index,
                                       List<PointerRepair.Row> prayers, boolean dryRun, RepairReport.Builder report) {
        Map<String, List<String>> namedBy = new HashMap<>();
        for (PointerRepair.Row p : prayers) {
            if (p.path() != null) {
                ArchiveRoot.Resolved r = root.resolveStored(p.path());
                if (r.ok()) {
                    namedBy.computeIfAbsent(r.relative(), k -> new ArrayList<>()).add(p.key());
                }
            }
        }
        PrayerFileReader reader = new PrayerFileReader();
        for (PrayerFileIndex.Entry e : index.headerless()) {
            List<String> ids = namedBy.getOrDefault(e.relative(), List.of());
            if (ids.size() != 1) {
                report.problem(HEADERLESS_FILES, e.relative(), ids.isEmpty()
                        ? "no `Prayer <id> by <author>` header, and no prayer's text_file_path names the file: header"
                        + " not restored"
                        : "no header, and the text_file_path of several prayers names the file (" + String.join(", ", ids)
                        + "): header not restored");
                continue;
            }
            Optional<PrayerRow> row = db.read(c -> Repositories.PRAYERS.findById(c, ids.get(0)));
            if (row.isEmpty()) {
                continue; // deleted since the pointers were read: nothing names the file any more
            }
            LoadedFile<PrayerFile> file = LoadedFile.load(root, e.relative(), reader);
            HeaderRestore.Result restored = HeaderRestore.restore(file, row.get());
            if (!restored.ok()) {
                report.problem(HEADERLESS_FILES, e.relative(), restored.problem() + "; header not restored");
                continue;
            }
            if (!dryRun && !replace(root, e.relative(), file.bytes(), restored.content())) {
                report.problem(HEADERLESS_FILES, e.relative(), "changed while it was being repaired; left as it is");
                continue;
            }
            report.change(HEADERLESS_FILES, e.relative(), "header of prayer " + row.get().id() + " by "
                    + row.get().authorUsername() + " restored from the database row that names the file; its "
                    + file.value().activity().size() + " activity lines kept as they were");
            index.carries(e.relative(), row.get().id());
        }
    }

    private void mergeSplitPrayers(ArchiveRoot root, PrayerFileIndex index, List<PointerRepair.Row> prayers,
                                   boolean dryRun, RepairReport.Builder report) {
        Map<String, String> pointers = new HashMap<>();
        for (PointerRepair.Row p : prayers) {
            if (p.path() != null) {
                ArchiveRoot.Resolved r = root.resolveStored(p.path());
                if (r.ok()) {
                    pointers.put(p.key(), r.relative());
                }
            }
        }
        Quarantine quarantine = new Quarantine(root, LocalDateTime.now(clock));
        for (Map.Entry<String, List<PrayerFileIndex.Entry>> split : index.idsInSeveralFiles().entrySet()) {
            String id = split.getKey();
            List<PrayerFileIndex.Entry> files = split.getValue();
            String names = files.stream().map(PrayerFileIndex.Entry::relative).collect(Collectors.joining(", "));
            if (id.equals("temp")) {
                report.note("prayer files " + names + " all carry the crash id `temp` (B14): they name no prayer and"
                        + " are not merged");
                continue;
            }
            if (files.stream().map(f -> f.name().createdAt()).distinct().count() > 1) {
                report.problem(SPLIT_PRAYERS, files.get(0).relative(), "prayer " + id + " is in files of different"
                        + " minutes (" + names + "): not merged");
                continue;
            }
            String pointed = pointers.get(id);
            List<PrayerFileIndex.Entry> ordered = new ArrayList<>(files);
            ordered.stream().filter(f -> f.relative().equals(pointed)).findFirst().ifPresent(t -> {
                ordered.remove(t);
                ordered.add(0, t);
            });
            merge(root, index, id, ordered, quarantine, dryRun, report);
        }
    }

    private static void merge(ArchiveRoot root, PrayerFileIndex index, String id, List<PrayerFileIndex.Entry> files,
                              Quarantine quarantine, boolean dryRun, RepairReport.Builder report) {
        String target = files.get(0).relative();
        PrayerFileReader reader = new PrayerFileReader();
        List<LoadedFile<PrayerFile>> loaded = new ArrayList<>();
        List<SplitPrayerMerge.Copy> copies = new ArrayList<>();
        for (PrayerFileIndex.Entry f : files) {
            LoadedFile<PrayerFile> file = LoadedFile.load(root, f.relative(), reader);
            String why = !file.clean() ? file.problems()
                    : !new PrayerFileWriter().write(file.value()).equals(file.text())
                    ? f.relative() + ": would not be written back byte for byte" : null;
            if (why != null) {
                report.problem(SPLIT_PRAYERS, target, "prayer " + id + " is in " + files.size() + " files, but " + why
                        + "; not merged");
                return;
            }
            loaded.add(file);
            copies.add(new SplitPrayerMerge.Copy(f.relative(), file.value()));
        }
        SplitPrayerMerge.Result merged = SplitPrayerMerge.merge(copies);
        if (!merged.ok()) {
            report.problem(SPLIT_PRAYERS, target, merged.conflict() + "; the files are left as they are");
            return;
        }
        byte[] content = merged.text().getBytes(StandardCharsets.UTF_8);
        List<String> moved = new ArrayList<>();
        if (!dryRun) {
            if (!replace(root, target, loaded.get(0).bytes(), content)) {
                report.problem(SPLIT_PRAYERS, target, "changed while prayer " + id + " was being merged; the files are"
                        + " left as they are");
                return;
            }
            report.quarantine(quarantine.folder());
            for (LoadedFile<PrayerFile> copy : loaded.subList(1, loaded.size())) {
                String notMoved = moveAside(quarantine, copy);
                if (notMoved == null) {
                    moved.add(copy.relative());
                } else {
                    report.problem(SPLIT_PRAYERS, copy.relative(), notMoved + " while prayer " + id + " was merged into "
                            + target + "; left where it is (what it held is in " + target + ")");
                }
            }
        } else {
            report.quarantine(quarantine.folder());
            loaded.subList(1, loaded.size()).forEach(c -> moved.add(c.relative()));
        }
        moved.forEach(index::remove);
        StringBuilder detail = new StringBuilder("prayer " + id + ": ");
        for (int i = 0; i < loaded.size(); i++) {
            detail.append(i == 0 ? "" : ", ").append(loaded.get(i).relative()).append(" (")
                    .append(loaded.get(i).value().activity().size()).append(" activity lines)");
        }
        detail.append(" merged into ").append(target).append(" (").append(merged.merged().activity().size())
                .append(" activity lines, in chronological order)");
        for (String m : moved) {
            detail.append("; ").append(m).append(" moved to ").append(quarantine.destination(m));
        }
        report.change(SPLIT_PRAYERS, target, detail.toString());
    }

    /** Moves a merged copy into the quarantine; returns why it was not moved, or {@code null}. */
    private static String moveAside(Quarantine quarantine, LoadedFile<PrayerFile> copy) {
        try {
            return quarantine.move(copy.relative(), copy.bytes()) ? null : "changed";
        } catch (IOException e) {
            return "could not be moved into " + quarantine.folder() + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")";
        }
    }

    private static void repairPointers(Database db, ArchiveRoot root, PrayerFileIndex index,
                                       List<PointerRepair.Row> prayers, boolean dryRun, RepairReport.Builder report) {
        RegistrationIndex registrations = RegistrationIndex.scan(root);
        registrations.unreadable().forEach(u -> report.note(u + " (users file not read: the user pointers it may"
                + " hold are left as they are)"));
        List<PointerRepair.Row> users = db.read(PointerRepair::userRows);
        PointerRepair.Plan prayerPlan = PointerRepair.planPrayers(root, index, prayers);
        PointerRepair.Plan userPlan = PointerRepair.planUsers(root, registrations, users);
        List<PointerRepair.Fix> fixes = new ArrayList<>(prayerPlan.fixes());
        fixes.addAll(userPlan.fixes());
        List<PointerRepair.Unrepaired> unrepaired = new ArrayList<>(prayerPlan.unrepaired());
        unrepaired.addAll(userPlan.unrepaired());
        if (!dryRun && !fixes.isEmpty()) {
            List<PointerRepair.Unrepaired> lost = db.inTransaction(c -> PointerRepair.apply(c, fixes));
            Set<String> lostKeys = lost.stream().map(l -> l.table() + "\u0000" + l.key()).collect(Collectors.toSet());
            fixes.removeIf(f -> lostKeys.contains(f.table() + "\u0000" + f.key()));
            unrepaired.addAll(lost);
        }
        for (PointerRepair.Fix f : fixes) {
            report.change(kind(f.table()), f.key(), f.table() + ".text_file_path " + quote(f.from()) + " → "
                    + f.to() + " (" + f.why() + ")");
        }
        for (PointerRepair.Unrepaired u : unrepaired) {
            report.problem(kind(u.table()), u.key(), u.reason());
        }
    }

    private static String kind(String table) {
        return table.equals(PointerRepair.PRAYER_TABLE) ? PRAYER_POINTERS : USER_POINTERS;
    }

    private static String quote(String path) {
        return path == null ? "NULL" : "'" + path + "'";
    }

    /** Replaces the file with {@code content} if it still holds {@code before}, atomically and durably. */
    private static boolean replace(ArchiveRoot root, String relative, byte[] before, byte[] content) {
        if (Arrays.equals(before, content)) {
            return true;
        }
        try {
            return DurableFiles.update(root.resolve(relative), current -> Arrays.equals(current, before) ? content : null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + relative, e);
        }
    }
}
