package org.thywill.archive.bundle;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.users.RegistrationsFile;
import org.thywill.archive.format.users.RegistrationsFileReader;

/**
 * What goes into a member bundle (reference operations §6.3), under {@code <name>_text_archive/}:
 * <ul>
 *   <li>{@code personal/registration.txt}: the member's registration lines, matched exactly
 *       ({@link MemberRegistrations}) in every {@code users/YYYY_MM_users.txt};</li>
 *   <li>{@code prayers/prayer_<id>_<YYYY_MM_DD>.txt}: verbatim copies of the prayers the member wrote, from the
 *       file the database names, confined to the archive root ({@link StoredPaths});</li>
 *   <li>{@code activities/my_prayer_activities.txt}: the member's marks in date order ({@link MemberActivities});</li>
 *   <li>with {@code includeCommunity}: {@code community/activity/*.txt} and {@code community/users/*.txt}, copies of
 *       the archive root's {@code activity/*.txt} and {@code users/*.txt}.</li>
 * </ul>
 * The folder is the display name itself when it is a safe entry name (as the original's), else its
 * {@link SafeFileName}.
 */
public final class MemberBundle {

    static final String FOLDER_SUFFIX = "_text_archive/";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu_MM_dd", Locale.ROOT);

    private MemberBundle() {
    }

    /** The top folder of a member's bundle, with its {@code /}. */
    public static String folder(String displayName) {
        String base = EntryNames.isSafeSegment(displayName + "_text_archive") ? displayName
                : SafeFileName.of(displayName);
        return base + FOLDER_SUFFIX;
    }

    public static BundlePlan plan(Path archiveRoot, MemberRecords member, boolean includeCommunity)
            throws IOException {
        String top = folder(member.displayName());
        List<BundleEntry> entries = new ArrayList<>();
        List<SkippedItem> skipped = new ArrayList<>();

        List<RegistrationsFile> months = new ArrayList<>();
        TreeFiles.Walk users = TreeFiles.walk(archiveRoot, "users", 1);
        skipped.addAll(users.skipped());
        RegistrationsFileReader reader = new RegistrationsFileReader();
        for (TreeFiles.Found f : users.files()) {
            if (ArchiveKind.of(f.relative()).orElse(null) != ArchiveKind.USER_REGISTRATIONS) {
                continue;
            }
            try {
                months.add(reader.read(Files.readString(f.file(), StandardCharsets.UTF_8)).value());
            } catch (CharacterCodingException e) {
                skipped.add(new SkippedItem(f.relative(), "not UTF-8 text; its registration lines were not read"));
            }
        }
        entries.add(CommunityBundle.text(top + "personal/registration.txt",
                MemberRegistrations.text(member.displayName(), member.registeredAt(), months)));

        for (MemberRecords.AuthoredPrayer p : member.prayers()) {
            String item = "prayer " + p.id();
            if (p.id() == null || !SAFE_ID.matcher(p.id()).matches()) {
                skipped.add(new SkippedItem(item, "prayer id cannot be part of a file name"));
                continue;
            }
            StoredPaths.Resolved file = StoredPaths.resolve(archiveRoot, p.textFilePath());
            if (file.file() == null) {
                skipped.add(new SkippedItem(item, file.problem()));
                continue;
            }
            String day = p.createdAt() == null ? "unknown" : DAY.format(p.createdAt());
            entries.add(new BundleEntry.CopiedFile(top + "prayers/prayer_" + p.id() + "_" + day + ".txt", file.file()));
        }

        entries.add(new BundleEntry.Generated(top + "activities/my_prayer_activities.txt", out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            MemberActivities.write(member.displayName(), member.marks(), w);
            w.flush();
        }));

        if (includeCommunity) {
            for (String folder : List.of("activity", "users")) {
                TreeFiles.Walk walk = folder.equals("users") ? users : TreeFiles.walk(archiveRoot, folder, 1);
                if (folder.equals("activity")) {
                    skipped.addAll(walk.skipped());
                }
                for (TreeFiles.Found f : walk.files()) {
                    if (f.relative().endsWith(".txt")) {
                        entries.add(new BundleEntry.CopiedFile(top + "community/" + f.relative(), f.file()));
                    }
                }
            }
        }
        return new BundlePlan(entries, skipped);
    }
}
