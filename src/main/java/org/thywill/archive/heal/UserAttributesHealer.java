package org.thywill.archive.heal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thywill.archive.files.DurableFiles;
import org.thywill.archive.format.users.UserAttributes;
import org.thywill.archive.format.users.UserAttributesFile;
import org.thywill.archive.format.users.UserAttributesFileReader;
import org.thywill.archive.format.users.UserAttributesFileWriter;
import org.thywill.archive.format.users.UserAttributesLine;
import org.thywill.archive.store.repo.UserRow;

/**
 * Heals {@code users/user_attributes.txt} (reference §2.5): one block per user with the columns the original's
 * export writes there ({@code is_supporter}, {@code supporter_since} as a date, {@code supporter_type},
 * {@code welcome_message_dismissed}). The file is a snapshot the original rewrites whole, blocks in code-point
 * order of the name: blocks of new users that sort after every existing one are appended; otherwise (a missing
 * block in the middle, a block that disagrees with its row) the file is rewritten atomically with the database's
 * blocks, keeping the blocks of names the database does not hold. Equal blocks: the file is not touched.
 */
final class UserAttributesHealer {

    static final String KIND = "user_attributes";
    static final String PATH = "users/user_attributes.txt";

    private final ArchiveRoot root;
    private final boolean dryRun;
    private final HealReport.Builder report;

    UserAttributesHealer(ArchiveRoot root, boolean dryRun, HealReport.Builder report) {
        this.root = root;
        this.dryRun = dryRun;
        this.report = report;
    }

    void heal(List<UserRow> users) {
        report.kind(KIND);
        List<UserAttributes> wanted = users.stream().map(UserAttributesHealer::block).toList();
        UserAttributesFileWriter writer = new UserAttributesFileWriter();
        try {
            if (!ReadFile.exists(root, PATH)) {
                if (wanted.isEmpty()) {
                    return;
                }
                byte[] content = writer.write(UserAttributesFile.of(wanted)).getBytes(StandardCharsets.UTF_8);
                if (!dryRun && !DurableFiles.writeNew(root.resolve(PATH), content)) {
                    report.problem(PATH + ": appeared while it was being healed; left as it is");
                    return;
                }
                report.file(KIND, HealReport.Outcome.CREATED, PATH, wanted.size() + " users");
                return;
            }
            ReadFile<UserAttributesFile> existing = ReadFile.read(root, PATH, new UserAttributesFileReader());
            if (!existing.ok()) {
                existing.problems().forEach(report::problem);
                return;
            }
            Map<String, UserAttributes> have = new LinkedHashMap<>();
            existing.value().users().forEach(u -> have.put(u.username(), u)); // the last block counts, as in the original
            List<UserAttributes> missing = new ArrayList<>();
            boolean stale = false;
            for (UserAttributes w : wanted) {
                UserAttributes h = have.get(w.username());
                if (h == null) {
                    missing.add(w);
                } else if (!h.equals(w)) {
                    stale = true;
                }
            }
            if (missing.isEmpty() && !stale) {
                report.file(KIND, HealReport.Outcome.COMPLETE, PATH, null);
                return;
            }
            missing.sort((a, b) -> UserAttributes.CODE_POINT_ORDER.compare(a.username(), b.username()));
            String lastName = have.keySet().stream().max(UserAttributes.CODE_POINT_ORDER).orElse(null);
            boolean allAfter = !missing.isEmpty() && (lastName == null
                    || UserAttributes.CODE_POINT_ORDER.compare(missing.get(0).username(), lastName) > 0);
            String detail = missing.size() + " missing, " + (stale ? "stale blocks" : "no stale block");
            if (!stale && allAfter && endsWithBlankLine(existing.text())) {
                StringBuilder text = new StringBuilder();
                for (UserAttributes u : missing) {
                    u.fields().forEach(f -> text.append(f.text()).append('\n'));
                    text.append('\n');
                }
                if (!dryRun) {
                    DurableFiles.appendDurably(root.resolve(PATH), text.toString());
                }
                report.file(KIND, HealReport.Outcome.APPENDED, PATH, detail);
                return;
            }
            Map<String, UserAttributes> merged = new LinkedHashMap<>(have);
            wanted.forEach(w -> merged.put(w.username(), w));
            byte[] content = writer.write(UserAttributesFile.of(merged.values())).getBytes(StandardCharsets.UTF_8);
            if (!dryRun) {
                byte[] before = existing.bytes();
                if (!DurableFiles.update(root.resolve(PATH), current -> Arrays.equals(current, before) ? content : null)) {
                    report.problem(PATH + ": changed while it was being healed; left as it is");
                    return;
                }
            }
            report.file(KIND, HealReport.Outcome.REWRITTEN, PATH, detail);
        } catch (IllegalArgumentException e) {
            report.problem(PATH + ": cannot be written: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot heal " + PATH, e);
        }
    }

    private static boolean endsWithBlankLine(String text) {
        return text.endsWith("\n\n") || text.equals(UserAttributesLine.Title.TEXT + "\n\n");
    }

    static UserAttributes block(UserRow u) {
        return UserAttributes.of(u.displayName(), u.isSupporter(),
                u.supporterSince() == null ? null : u.supporterSince().toLocalDate(), u.supporterType(),
                u.welcomeMessageDismissed());
    }
}
