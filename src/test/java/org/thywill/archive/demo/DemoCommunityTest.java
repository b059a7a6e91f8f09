package org.thywill.archive.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.format.ArchiveFormats;
import org.thywill.archive.format.ArchiveKind;
import org.thywill.archive.format.ArchiveTime;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.activity.ActivityFile;
import org.thywill.archive.format.activity.ActivityFileReader;
import org.thywill.archive.format.invites.InviteUsage;
import org.thywill.archive.format.invites.InviteUsageFileReader;
import org.thywill.archive.format.prayer.PrayerFile;
import org.thywill.archive.format.prayer.PrayerFileNames;
import org.thywill.archive.format.prayer.PrayerFileReader;
import org.thywill.archive.format.prayer.PrayerReplay;
import org.thywill.archive.format.prayer.PrayerState;
import org.thywill.archive.format.prayer.StandardAction;
import org.thywill.archive.format.prayer.StandardEntry;
import org.thywill.archive.format.prayer.TestimonyEntry;
import org.thywill.archive.format.prayer.TimedEntry;
import org.thywill.archive.format.system.ActiveSession;
import org.thywill.archive.format.system.ActiveSessionsSnapshotReader;
import org.thywill.archive.format.users.Registration;
import org.thywill.archive.format.users.RegistrationsFileReader;
import org.thywill.archive.processors.ArchiveFileParser;
import org.thywill.archive.processors.FileParse;

/**
 * One small community generated end to end ({@code thywill generate-demo} through the CLI, the route and the
 * bean, real files, real SQLite), then checked: every file reads cleanly and is written back byte for byte, the
 * database says what the tree says, and the cases the generator promises are there.
 */
class DemoCommunityTest {

    @TempDir
    static Path dir;

    static GeneratedCommunity demo;
    /** Each prayer file, parsed, by its path relative to {@code text_archives/}. */
    static Map<String, PrayerFile> prayers;

    @BeforeAll
    static void generate() {
        demo = GeneratedCommunity.generate(dir.resolve("demo"), "--users", "40", "--prayers", "400", "--seed", "1");
        assertThat(demo.exitCode()).as(demo.stderr()).isZero();
        prayers = new TreeMap<>();
        demo.texts("prayers/").forEach((path, text) -> prayers.put(path, new PrayerFileReader().read(text).value()));
    }

    @Test
    void everyFileParsesWithZeroDiagnostics() {
        List<FileParse> parsed = new ArchiveFileParser().parseAll(List.of(demo.archives().toString()));
        assertThat(parsed).hasSize(demo.files().size());
        assertThat(parsed).allSatisfy(p -> {
            assertThat(p.kind()).as(p.path()).isNotNull();
            assertThat(p.diagnostics()).as(p.path()).isEmpty();
        });
        assertThat(parsed.stream().map(FileParse::kind).distinct()).contains(ArchiveKind.PRAYER,
                ArchiveKind.USER_REGISTRATIONS, ArchiveKind.SITE_ACTIVITY, ArchiveKind.SESSIONS, ArchiveKind.INVITE_USAGE,
                ArchiveKind.AUTH_SECURITY_EVENTS, ArchiveKind.EVENT_LOG, ArchiveKind.ACTIVE_SESSIONS);
    }

    @Test
    void everyFileIsWrittenBackByteForByte() {
        Map<String, String> texts = demo.texts("");
        assertThat(texts).hasSizeGreaterThan(400);
        texts.forEach((path, text) -> {
            ArchiveKind kind = ArchiveKind.of(path).orElseThrow(() -> new AssertionError("no kind for " + path));
            Parsed<String> back = ArchiveFormats.of(kind).orElseThrow().rewrite(text);
            assertThat(back.diagnostics()).as(path).isEmpty();
            assertThat(back.value()).as(path).isEqualTo(text);
        });
    }

    @Test
    void prayerRowsAreThePrayerFiles() {
        Map<Object, List<Object>> rows = byFirstColumn(demo.query("select id, author_username, text, generated_prayer,"
                + " project_tag, created_at, text_file_path, categorization_method from prayer"));
        assertThat(rows).hasSize(400).hasSameSizeAs(prayers);
        prayers.forEach((path, file) -> {
            List<Object> row = rows.get(file.header().id());
            assertThat(row).as(path).isNotNull();
            assertThat(row.get(1)).as(path).isEqualTo(file.header().author());
            assertThat(row.get(2)).as(path).isEqualTo(file.requestText());
            assertThat(row.get(3)).as(path).isEqualTo(file.generatedPrayer());
            assertThat(row.get(4)).as(path).isEqualTo(file.header().projectTag());
            assertThat(minute(row.get(5))).as(path).isEqualTo(file.header().submitted());
            assertThat(PrayerFileNames.parseRelativePath(path).orElseThrow().createdAt()).isEqualTo(minute(row.get(5)));
            assertThat(row.get(6)).as(path).isEqualTo("text_archives/" + path);
            assertThat(row.get(7)).isEqualTo("disabled");
        });
    }

    @Test
    void marksAreThePrayedLines() {
        List<String> lines = new ArrayList<>();
        prayers.forEach((path, file) -> {
            for (TimedEntry e : PrayerFile.chronological(file.activity())) {
                if (e instanceof StandardEntry s && s.action() == StandardAction.PRAYED) {
                    lines.add(file.header().id() + "|" + s.user() + "|" + s.at() + "|text_archives/" + path);
                }
            }
        });
        List<String> marks = keys(demo.query("select prayer_id, username, created_at, text_file_path from prayermark"));
        List<String> logs = keys(demo.query("select prayer_id, user_id, created_at, text_file_path"
                + " from prayer_activity_log where action = 'prayed' and new_value = 'true' and old_value is null"));
        assertThat(marks).containsExactlyInAnyOrderElementsOf(lines);
        assertThat(logs).containsExactlyInAnyOrderElementsOf(lines);
        assertThat(demo.count("select count(*) from prayermark m join prayer_activity_log l on l.prayer_id = m.prayer_id"
                + " and l.user_id = m.username and l.created_at = m.created_at and l.action = 'prayed'"))
                .as("each mark has its log row at the same instant").isGreaterThanOrEqualTo(lines.size());
        assertThat(lines.size() / (double) prayers.size()).as("marks per prayer").isBetween(4.0, 6.5);
    }

    @Test
    void usersAreTheRegistrationLines() {
        Map<Object, List<Object>> rows = byFirstColumn(demo.query(
                "select display_name, created_at, invited_by_username, invite_token_used, text_file_path from user"));
        List<Registration> all = new ArrayList<>();
        demo.texts("users/").forEach((path, text) -> {
            for (Registration r : new RegistrationsFileReader().read(text).value().registrations()) {
                all.add(r);
                List<Object> row = rows.get(r.name());
                assertThat(row).as(r.name()).isNotNull();
                assertThat(minute(row.get(1))).isEqualTo(r.at());
                assertThat(row.get(4)).isEqualTo("text_archives/" + path);
                String expectedInviter = r.isDirect() ? (r.name().equals("admin") ? null : "admin") : r.inviter();
                assertThat(row.get(2)).as(r.name()).isEqualTo(expectedInviter);
                assertThat(row.get(3)).as("every member used a token").isNotNull();
            }
        });
        assertThat(all).hasSize(40).hasSameSizeAs(rows.keySet());
        assertThat(all.get(0)).isEqualTo(Registration.direct(all.get(0).at(), "admin"));
        assertThat(demo.column("select name from role order by name")).containsExactly("admin", "moderator", "user");
        assertThat(demo.column("select r.user_id from user_roles r join role on role.id = r.role_id"
                + " where role.name = 'admin' order by r.user_id"))
                .containsExactlyInAnyOrderElementsOf(all.stream().filter(Registration::isDirect).map(Registration::name).toList());
        assertThat(demo.column("select display_name from user where invited_by_username is null")).containsExactly("admin");
    }

    @Test
    void attributesAreTheReplayedState() {
        Map<String, Map<String, String>> attributes = new HashMap<>();
        for (List<Object> r : demo.query("select prayer_id, attribute_name, attribute_value, text_file_path"
                + " from prayer_attributes")) {
            assertThat(attributes.computeIfAbsent((String) r.get(0), k -> new HashMap<>()).put((String) r.get(1),
                    (String) r.get(2))).as("one row per attribute").isNull();
            assertThat(r.get(3)).as("attributes carry no file path").isNull();
        }
        int answered = 0;
        int archived = 0;
        for (PrayerFile file : prayers.values()) {
            PrayerState state = PrayerReplay.replay(file.activity());
            Map<String, String> a = attributes.getOrDefault(file.header().id(), Map.of());
            assertThat(a.containsKey("answered")).isEqualTo(state.answered());
            if (state.answered()) {
                answered++;
                assertThat(a.get("answered")).isEqualTo("true");
                LocalDateTime answerDate = ArchiveTime.parseIsoLocal(a.get("answer_date")).orElseThrow();
                assertThat(ArchiveTime.toMinute(answerDate)).isEqualTo(ArchiveTime.toMinute(state.answeredAt()));
            }
            assertThat(a.get("answer_testimony")).isEqualTo(state.testimony());
            assertThat(a.containsKey("archived")).isEqualTo(state.archived());
            archived += state.archived() ? 1 : 0;
            assertThat(state.flagged()).isFalse();
        }
        assertThat(answered).isGreaterThan(40);
        assertThat(archived).isGreaterThan(10);
    }

    @Test
    void activityLogsFollowTheLinesOfEachEvent() {
        Map<String, Integer> lines = new HashMap<>();
        prayers.values().forEach(file -> file.activity().forEach(e -> {
            String kind = e instanceof StandardEntry s ? s.action().name() : e.getClass().getSimpleName();
            lines.merge(kind, 1, Integer::sum);
        }));
        Map<String, Long> logs = new HashMap<>();
        demo.query("select action, count(*) from prayer_activity_log group by action")
                .forEach(r -> logs.put((String) r.get(0), ((Number) r.get(1)).longValue()));
        assertThat(logs.get("set_answered")).isEqualTo((long) lines.get("ANSWERED"));
        assertThat(logs.get("set_answer_date")).isEqualTo((long) lines.get("ANSWERED"));
        assertThat(logs.get("testimony")).isEqualTo((long) lines.get("TestimonyEntry"));
        assertThat(logs.get("set_answer_testimony")).isEqualTo((long) lines.get("TestimonyEntry"));
        assertThat(logs.get("set_archived")).isEqualTo((long) lines.get("ARCHIVED"));
        assertThat(logs.get("remove_archived")).isEqualTo((long) lines.get("RESTORED"));
        assertThat(demo.count("select count(*) from prayer_activity_log where action = 'testimony'"
                + " and text_file_path is null")).isZero();
        assertThat(demo.count("select count(*) from prayer_activity_log where action like 'set_%'"
                + " and text_file_path is not null")).isZero();
        assertThat(demo.count("select count(*) from prayer_activity_log where action = 'remove_archived'"
                + " and (old_value <> 'true' or new_value is not null)")).isZero();
    }

    @Test
    void monthlyActivityHasAnEntryPerEvent() {
        long entries = 0;
        for (String text : demo.texts("activity/").values()) {
            ActivityFile file = new ActivityFileReader().read(text).value();
            entries += file.entries().size();
        }
        long events = prayers.values().stream().mapToLong(f -> f.activity().stream()
                .filter(e -> !(e instanceof TestimonyEntry)).count()).sum();
        assertThat(entries).isEqualTo(events + prayers.size() + 40);
        assertThat(demo.texts("activity/")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(prayers.keySet().stream().map(p -> p.substring(0, "prayers/2024/01".length())).distinct().count())
                .as("prayer months").isGreaterThanOrEqualTo(12);
    }

    @Test
    void sameMinutePrayersTakeSuffixesInTheOrderOfTheirSeconds() {
        assertThat(prayers.keySet()).anyMatch(p -> p.endsWith("_2.txt")).anyMatch(p -> p.endsWith("_3.txt"));
        Map<Object, List<Object>> created = byFirstColumn(demo.query("select text_file_path, created_at from prayer"));
        for (String third : prayers.keySet().stream().filter(p -> p.endsWith("_3.txt")).toList()) {
            String base = third.replace("_3.txt", ".txt");
            String second = third.replace("_3.txt", "_2.txt");
            assertThat(prayers).containsKeys(base, second);
            String a = (String) created.get("text_archives/" + base).get(1);
            String b = (String) created.get("text_archives/" + second).get(1);
            String c = (String) created.get("text_archives/" + third).get(1);
            assertThat(a.substring(0, 16)).isEqualTo(c.substring(0, 16));
            assertThat(a).isLessThan(b);
            assertThat(b).isLessThan(c);
        }
        assertThat(prayers.keySet()).anyMatch(p -> p.startsWith("prayers/2024/02/2024_02_29_prayer_at_"));
    }

    @Test
    void marksRepeatInTheSameMinuteAndArriveOutOfOrder() {
        boolean repeated = false;
        boolean outOfOrder = false;
        for (PrayerFile file : prayers.values()) {
            Set<String> seen = new HashSet<>();
            LocalDateTime previous = null;
            for (var e : file.activity()) {
                if (e instanceof StandardEntry s && s.action() == StandardAction.PRAYED) {
                    repeated |= !seen.add(s.user() + "|" + s.at());
                    outOfOrder |= previous != null && s.at().isBefore(previous);
                    previous = s.at();
                }
            }
        }
        assertThat(repeated).as("a member prays twice for a prayer in one minute").isTrue();
        assertThat(outOfOrder).as("an offline mark appended after later ones").isTrue();
        assertThat(demo.count("select count(*) from prayermark where created_at like '%000'"))
                .as("offline marks carry the client's millisecond time").isGreaterThan(0);
    }

    @Test
    void answersArchivesAndRestoresHappen() {
        List<String> testimonies = new ArrayList<>();
        boolean restored = false;
        for (PrayerFile file : prayers.values()) {
            file.activity().forEach(e -> {
                if (e instanceof TestimonyEntry t) {
                    testimonies.add(t.text());
                }
            });
            restored |= file.activity().stream().anyMatch(e -> e instanceof StandardEntry s
                    && s.action() == StandardAction.RESTORED) && !PrayerReplay.replay(file.activity()).archived();
        }
        assertThat(testimonies).anyMatch(t -> t.contains("\n")).anyMatch(t -> !t.contains("\n"));
        assertThat(demo.column("select attribute_value from prayer_attributes where attribute_name = 'answer_testimony'"))
                .anyMatch(v -> ((String) v).contains("\n"));
        assertThat(restored).as("a restored prayer is not archived").isTrue();
    }

    @Test
    void tokensIncludeUnclaimedMultiDeviceAndAdminOnes() {
        assertThat(demo.column("select distinct token_type from invitetoken"))
                .containsExactlyInAnyOrder("admin", "new_user", "multi_device");
        List<Object> unclaimed = demo.column("select token from invitetoken where usage_count = 0 and used_by_user_id is null");
        assertThat(unclaimed).isNotEmpty();
        List<InviteUsage> usage = new ArrayList<>();
        demo.texts("system/").forEach((path, text) -> {
            if (path.endsWith("_invite_usage.txt")) {
                usage.addAll(new InviteUsageFileReader().read(text).value().records());
            }
        });
        for (Object token : unclaimed) {
            assertThat(usage).filteredOn(u -> u.token().equals(token)).singleElement()
                    .satisfies(u -> assertThat(u.isCreation()).isTrue());
        }
        assertThat(usage.stream().filter(u -> !u.isCreation()).count())
                .isEqualTo(demo.count("select count(*) from invite_token_usage"));
        assertThat(demo.count("select count(*) from invitetoken where token_type = 'multi_device'"
                + " and used_by_user_id <> created_by_user")).isZero();
        assertThat(demo.count("select count(*) from invitetoken where token_type = 'admin' and created_by_user <> 'system'"))
                .isZero();
    }

    @Test
    void namesHaveSpacesAndOtherScripts() {
        List<String> names = demo.column("select display_name from user").stream().map(String.class::cast).toList();
        assertThat(names).anyMatch(n -> n.contains(" - ")).anyMatch(n -> n.contains(" at "))
                .anyMatch(n -> n.contains("'")).anyMatch(n -> n.chars().anyMatch(c -> c > 127))
                .anyMatch(n -> n.contains(" "));
    }

    @Test
    void theActiveSessionsSnapshotListsTheSessionsUnexpiredAtTheEnd() {
        String text = demo.texts("system/current_state/").get("system/current_state/active_sessions.txt");
        List<String> listed = new ActiveSessionsSnapshotReader().read(text).value().sessions().stream()
                .map(ActiveSession::sessionId).toList();
        List<Object> unexpired = demo.column("select id from session where expires_at > (select max(created_at) from session)"
                + " order by created_at");
        assertThat(listed).isNotEmpty().containsExactlyElementsOf(unexpired.stream().map(String.class::cast).toList());
        assertThat(demo.count("select count(*) from session")).isEqualTo(demo.count("select count(*) from invite_token_usage"));
    }

    private static Map<Object, List<Object>> byFirstColumn(List<List<Object>> rows) {
        Map<Object, List<Object>> out = new HashMap<>();
        rows.forEach(r -> out.put(r.get(0), r));
        return out;
    }

    /** {@code prayer|user|minute|path} for each row of (prayer, user, created_at, path). */
    private static List<String> keys(List<List<Object>> rows) {
        return rows.stream().map(r -> r.get(0) + "|" + r.get(1) + "|" + minute(r.get(2)) + "|" + r.get(3)).toList();
    }

    private static LocalDateTime minute(Object sqlTime) {
        return ArchiveTime.toMinute(ArchiveTime.parseIsoLocal((String) sqlTime).orElseThrow());
    }
}
