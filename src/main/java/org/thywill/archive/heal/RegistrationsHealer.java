package org.thywill.archive.heal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.thywill.archive.files.DurableFiles;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.users.Registration;
import org.thywill.archive.format.users.RegistrationsFile;
import org.thywill.archive.format.users.RegistrationsFileReader;
import org.thywill.archive.format.users.RegistrationsFileWriter;
import org.thywill.archive.format.users.RegistrationsLine;
import org.thywill.archive.store.repo.UserRow;

/**
 * Heals the monthly registration files {@code users/YYYY_MM_users.txt}: every user row has its line
 * ({@code <TS created_at> - <name> joined directly|on invitation from <inviter>}) somewhere in them, the same name at
 * the same minute; a missing one goes into the file of its {@code created_at} month in chronological position
 * (appended when it comes last, else the file is rewritten atomically, existing lines kept verbatim; a missing file
 * is created with its header). A line already there is never written again (the original's heal did, B17).
 * As the live app writes it, a user whose invite token was made by {@code system} (an admin token) joined
 * directly, whatever inviter the row holds (reference §2.2).
 */
final class RegistrationsHealer {

    static final String KIND = "registrations";
    private static final Pattern MONTH_FILE = Pattern.compile("\\d{4}_\\d{2}_users\\.txt");

    private final ArchiveRoot root;
    private final boolean dryRun;
    private final HealReport.Builder report;
    private final RegistrationsFileReader reader = new RegistrationsFileReader();

    RegistrationsHealer(ArchiveRoot root, boolean dryRun, HealReport.Builder report) {
        this.root = root;
        this.dryRun = dryRun;
        this.report = report;
    }

    /**
     * @param systemTokens the invite tokens created by {@code system}
     * @return the file each user's line is in, by display name (users whose file could not be healed are absent)
     */
    Map<String, String> heal(List<UserRow> users, Set<String> systemTokens) {
        report.kind(KIND);
        Map<String, ReadFile<RegistrationsFile>> files = readMonthFiles();
        Map<String, List<String>> lineFiles = new HashMap<>(); // "name|minute" → files holding that line
        for (ReadFile<RegistrationsFile> f : files.values()) {
            if (f.ok()) {
                for (Registration r : f.value().registrations()) {
                    lineFiles.computeIfAbsent(key(r.name(), r.at()), k -> new ArrayList<>()).add(f.relative());
                }
            }
        }
        Map<String, String> where = new HashMap<>();
        Map<String, List<UserRow>> missingByFile = new TreeMap<>();
        List<UserRow> sorted = new ArrayList<>(users);
        sorted.sort(Comparator.comparing(UserRow::createdAt).thenComparing(UserRow::displayName));
        for (UserRow u : sorted) {
            List<String> holding = lineFiles.get(key(u.displayName(), u.createdAt()));
            if (holding != null) {
                String pointed = u.textFilePath() == null ? null : root.resolveStored(u.textFilePath()).relative();
                where.put(u.displayName(), holding.contains(pointed) ? pointed : holding.get(0));
            } else {
                missingByFile.computeIfAbsent(monthFile(u.createdAt()), k -> new ArrayList<>()).add(u);
            }
        }
        Set<String> touched = missingByFile.keySet();
        for (ReadFile<RegistrationsFile> f : files.values()) {
            if (!touched.contains(f.relative())) {
                if (f.ok()) {
                    report.file(KIND, HealReport.Outcome.COMPLETE, f.relative(), null);
                } else {
                    f.problems().forEach(report::problem);
                }
            }
        }
        for (Map.Entry<String, List<UserRow>> e : missingByFile.entrySet()) {
            List<Registration> missing = e.getValue().stream().map(u -> registration(u, systemTokens)).toList();
            if (write(e.getKey(), files.get(e.getKey()), missing)) {
                e.getValue().forEach(u -> where.put(u.displayName(), e.getKey()));
            }
        }
        return where;
    }

    private static String key(String name, LocalDateTime at) {
        return name + "|" + ArchiveTime.toMinute(at);
    }

    static String monthFile(LocalDateTime at) {
        return String.format("users/%04d_%02d_users.txt", at.getYear(), at.getMonthValue());
    }

    static Registration registration(UserRow u, Set<String> systemTokens) {
        boolean direct = u.invitedByUsername() == null
                || u.inviteTokenUsed() != null && systemTokens.contains(u.inviteTokenUsed());
        return new Registration(ArchiveTime.toMinute(u.createdAt()), u.displayName(),
                direct ? null : u.invitedByUsername());
    }

    private Map<String, ReadFile<RegistrationsFile>> readMonthFiles() {
        Map<String, ReadFile<RegistrationsFile>> out = new TreeMap<>();
        Path dir = root.resolve("users");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (MONTH_FILE.matcher(name).matches() && Files.isRegularFile(p)) {
                    out.put("users/" + name, ReadFile.read(root, "users/" + name, reader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return out;
    }

    /** Adds {@code missing} (oldest first) to the month file; returns whether they are in it now (or would be). */
    private boolean write(String relative, ReadFile<RegistrationsFile> existing, List<Registration> missing) {
        String detail = missing.size() + " missing registration lines";
        try {
            if (existing == null) {
                YearMonth month = YearMonth.from(missing.get(0).at());
                String text = new RegistrationsFileWriter().write(RegistrationsFile.of(month, missing));
                if (!dryRun && !DurableFiles.writeNew(root.resolve(relative), text.getBytes(StandardCharsets.UTF_8))) {
                    report.problem(relative + ": appeared while it was being healed; left as it is");
                    return false;
                }
                report.file(KIND, HealReport.Outcome.CREATED, relative, detail);
                return true;
            }
            if (!existing.ok()) {
                existing.problems().forEach(report::problem);
                return false;
            }
            RegistrationsFile file = existing.value();
            LocalDateTime last = file.registrations().stream().map(Registration::at).max(Comparator.naturalOrder())
                    .orElse(null);
            if (file.endsWithNewline() && (last == null || !missing.get(0).at().isBefore(last))) {
                StringBuilder text = new StringBuilder();
                missing.forEach(r -> text.append(RegistrationsFileWriter.appendText(r)));
                if (!dryRun) {
                    DurableFiles.appendDurably(root.resolve(relative), text.toString());
                }
                report.file(KIND, HealReport.Outcome.APPENDED, relative, detail);
                return true;
            }
            RegistrationsFileWriter writer = new RegistrationsFileWriter();
            byte[] content = writer.write(new RegistrationsFile(merge(file.lines(), missing), true))
                    .getBytes(StandardCharsets.UTF_8);
            if (!dryRun) {
                byte[] before = existing.bytes();
                if (!DurableFiles.update(root.resolve(relative), current -> Arrays.equals(current, before) ? content : null)) {
                    report.problem(relative + ": changed while it was being healed; left as it is");
                    return false;
                }
            }
            report.file(KIND, HealReport.Outcome.REWRITTEN, relative, detail + ", in chronological position");
            return true;
        } catch (IllegalArgumentException e) {
            report.problem(relative + ": cannot be written: " + e.getMessage());
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot heal " + relative, e);
        }
    }

    /** The lines with each missing registration before the first later registration line. */
    private static List<RegistrationsLine> merge(List<RegistrationsLine> lines, List<Registration> missing) {
        List<RegistrationsLine> out = new ArrayList<>();
        int m = 0;
        for (RegistrationsLine l : lines) {
            if (l instanceof RegistrationsLine.Entry e) {
                while (m < missing.size() && missing.get(m).at().isBefore(e.registration().at())) {
                    out.add(RegistrationsLine.Entry.of(missing.get(m++)));
                }
            }
            out.add(l);
        }
        while (m < missing.size()) {
            out.add(RegistrationsLine.Entry.of(missing.get(m++)));
        }
        return out;
    }
}
