package org.thywill.archive.demo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.thywill.archive.demo.Community.CreatedToken;
import org.thywill.archive.format.activity.ActivityEntry;
import org.thywill.archive.format.invites.InviteUsage;
import org.thywill.archive.format.users.Registration;
import org.thywill.archive.store.repo.InviteTokenRow;
import org.thywill.archive.store.repo.InviteTokenUsageRow;
import org.thywill.archive.store.repo.RoleRow;
import org.thywill.archive.store.repo.SessionRow;
import org.thywill.archive.store.repo.UserRoleRow;
import org.thywill.archive.store.repo.UserRow;

/**
 * Simulates who joins a community and how, as the original live app records it (reference §2.2, §2.7–§2.10,
 * §3 and the sample community):
 * <ul>
 *   <li>the first member, {@code admin}, and about one in {@value #ADMIN_TOKEN_PERCENT}% of the others join
 *       through an {@code admin} token that {@code system} created (archived as {@code joined directly}; in the
 *       database invited by {@code admin}, except the very first member who has no inviter; they get the
 *       {@code admin} role); the others through a {@code new_user} token an earlier member created with
 *       POST /invites (a creation line with an empty user);</li>
 *   <li>each claim writes the token usage line and row, and signs the member in: a {@code session} row, the
 *       live sessions line, a {@code session_created} security event and a session event log line;</li>
 *   <li>some tokens are never claimed; some members sign in on another device with a {@code multi_device}
 *       token (a claim and a session, no registration), the last of them at the community's end.</li>
 * </ul>
 * Registrations are spread over the whole span, more of them early.
 */
final class CommunitySimulation {

    static final int ADMIN_TOKEN_PERCENT = 6;
    static final Duration INVITE_LIFETIME = Duration.ofHours(12);
    static final Duration SIGN_IN_TOKEN_LIFETIME = Duration.ofHours(24);
    static final Duration SESSION_LIFETIME = Duration.ofDays(14);
    static final String SYSTEM = "system";

    private final Random random;
    private final DemoIds ids;
    private final DemoDevices devices;
    private final DemoNames names;
    private final DemoClock clock;

    private final List<Member> members = new ArrayList<>();
    private final List<RoleRow> roles = new ArrayList<>();
    private final List<UserRow> users = new ArrayList<>();
    private final List<UserRoleRow> userRoles = new ArrayList<>();
    private final List<CreatedToken> tokens = new ArrayList<>();
    private final List<InviteTokenUsageRow> tokenUsage = new ArrayList<>();
    private final List<SessionRow> sessions = new ArrayList<>();
    private final List<Registration> registrations = new ArrayList<>();
    private final List<InviteUsage> inviteUsage = new ArrayList<>();
    private final List<TimedActivity> activity = new ArrayList<>();
    private String adminRoleId;
    /** How many members (a prefix of {@link #members}) registered long enough ago to invite the next one. */
    private int settled;

    CommunitySimulation(Random random, DemoIds ids, DemoClock clock) {
        this.random = random;
        this.ids = ids;
        this.devices = new DemoDevices(random);
        this.names = new DemoNames(random);
        this.clock = clock;
    }

    Community simulate(int memberCount) {
        createRoles();
        List<LocalDateTime> joins = registrationTimes(memberCount);
        boolean[] byAdminToken = adminTokenJoiners(memberCount);
        for (int i = 0; i < memberCount; i++) {
            register(joins.get(i), byAdminToken[i]);
        }
        Roster roster = new Roster(members);
        createUnclaimedTokens(roster, Math.max(1, memberCount / 20));
        signInOnOtherDevices(roster, Math.max(2, memberCount / 12));
        tokens.sort(Comparator.comparing(CreatedToken::createdAt));
        tokenUsage.sort(Comparator.comparing(InviteTokenUsageRow::claimedAt));
        sessions.sort(Comparator.comparing(SessionRow::createdAt));
        inviteUsage.sort(Comparator.comparing(InviteUsage::timestamp));
        return new Community(roster, clock.end(), roles, users, userRoles, tokens, tokenUsage, sessions,
                registrations, inviteUsage, activity);
    }

    /** The original's three system roles, created when its database was set up. */
    private void createRoles() {
        LocalDateTime at = DemoClock.plusMicros(clock.start().plusMinutes(4).plusSeconds(58), random.nextInt(1_000_000));
        adminRoleId = ids.uuidHex();
        roles.add(new RoleRow(adminRoleId, "admin", "Full administrative access",
                "[\"*\", \"admin.users\", \"admin.roles\", \"admin.prayers\", \"admin.system\", \"moderate.prayers\", "
                        + "\"view.analytics\"]", at, null, true));
        roles.add(new RoleRow(ids.uuidHex(), "moderator", "Prayer moderation and user management",
                "[\"moderate.prayers\", \"view.users\", \"flag.prayers\", \"view.reports\"]",
                DemoClock.plusMicros(at, 306), null, true));
        roles.add(new RoleRow(ids.uuidHex(), "user", "Standard user permissions",
                "[\"create.prayers\", \"view.prayers\", \"mark.prayers\", \"view.profile\"]",
                DemoClock.plusMicros(at, 472), null, true));
    }

    /** {@code admin} early on the first day; the others over the span, more of them early. */
    private List<LocalDateTime> registrationTimes(int count) {
        LocalDateTime first = DemoClock.plusMicros(clock.start().plusHours(2).plusMinutes(34).plusSeconds(41),
                random.nextInt(1_000_000));
        long from = DemoClock.micros(first.plusHours(6));
        long to = DemoClock.micros(clock.end().minusDays(2));
        long[] at = new long[count - 1];
        for (int i = 0; i < at.length; i++) {
            at[i] = from + (long) ((to - from) * Math.pow(random.nextDouble(), 1.4));
        }
        Arrays.sort(at);
        List<LocalDateTime> times = new ArrayList<>(count);
        times.add(first);
        for (long t : at) {
            times.add(DemoClock.at(t));
        }
        return times;
    }

    private boolean[] adminTokenJoiners(int count) {
        boolean[] admin = new boolean[count];
        admin[0] = true;
        boolean any = false;
        for (int i = 1; i < count; i++) {
            admin[i] = random.nextInt(100) < ADMIN_TOKEN_PERCENT;
            any |= admin[i];
        }
        if (!any && count >= 4) {
            admin[count / 2] = true;
        }
        return admin;
    }

    private void register(LocalDateTime at, boolean byAdminToken) {
        String name = names.next();
        boolean first = members.isEmpty();
        Member inviter = byAdminToken ? null : pickInviter(at);
        String token = ids.inviteToken();
        String createdBy = inviter == null ? SYSTEM : inviter.name();
        LocalDateTime created = at.minus(DemoClock.randomDuration(random, Duration.ofMinutes(10), Duration.ofHours(11)));
        if (inviter != null) {
            LocalDateTime earliest = inviter.registeredAt().plusMinutes(1);
            created = created.isBefore(earliest) ? earliest : created;
            inviteUsage.add(new InviteUsage(DemoClock.plusMicros(created, 31), token, null, createdBy,
                    InviteUsage.TOKEN_USED));
        }
        tokens.add(new CreatedToken(created, new InviteTokenRow(token, createdBy, 1, 1, created.plus(INVITE_LIFETIME),
                name, inviter == null ? "admin" : "new_user")));

        String invitedBy = first ? null : inviter == null ? "admin" : inviter.name();
        String usersFile = ArchiveTree.storedPath(ArchivePaths.registrations(at));
        users.add(UserRow.registered(name, at, invitedBy, token, usersFile));
        String ip = devices.ipAddress();
        tokenUsage.add(new InviteTokenUsageRow(ids.uuidHex(), token, name, DemoClock.plusMicros(at, 303), ip));
        inviteUsage.add(new InviteUsage(DemoClock.plusMicros(at, 474), token, name, createdBy, InviteUsage.TOKEN_USED));
        if (inviter == null) {
            userRoles.add(new UserRoleRow(ids.uuidHex(), name, adminRoleId, null, DemoClock.plusMicros(at, 564), null));
        }
        startSession(name, DemoClock.plusMicros(at, 621), ip);
        if (inviter == null) {
            registrations.add(Registration.direct(at, name));
            activity.add(new TimedActivity(at, ActivityEntry.registeredDirectly(at.toLocalTime(), name)));
        } else {
            registrations.add(Registration.invited(at, name, inviter.name()));
            activity.add(new TimedActivity(at,
                    ActivityEntry.registeredViaInvitation(at.toLocalTime(), name, inviter.name())));
        }
        members.add(new Member(name, at));
    }

    /** An earlier member who could have created a token at least 25 minutes ago; {@code admin} a third of the time. */
    private Member pickInviter(LocalDateTime at) {
        LocalDateTime latest = at.minusMinutes(25);
        while (settled < members.size() && members.get(settled).registeredAt().isBefore(latest)) {
            settled++;
        }
        int n = settled;
        if (n <= 1 || random.nextInt(3) == 0) {
            return members.get(0);
        }
        return members.get((int) (n * Math.pow(random.nextDouble(), 1.3)));
    }

    /** POST /invites tokens nobody used: a creation line and a row with no user. */
    private void createUnclaimedTokens(Roster roster, int count) {
        LocalDateTime from = roster.admin().registeredAt().plusHours(1);
        LocalDateTime to = clock.end().minusHours(1);
        for (int i = 0; i < count; i++) {
            LocalDateTime t = DemoClock.between(random, from, to);
            Member creator = roster.pick(random, t);
            String token = ids.inviteToken();
            tokens.add(new CreatedToken(t, new InviteTokenRow(token, creator.name(), 0, 1, t.plus(INVITE_LIFETIME),
                    null, "new_user")));
            inviteUsage.add(new InviteUsage(DemoClock.plusMicros(t, 31), token, null, creator.name(),
                    InviteUsage.TOKEN_USED));
        }
    }

    /**
     * Sign-ins on a second device through a {@code multi_device} token the member made for themself: spread
     * over the span, two in the last ten days, and the community's very last event at {@link DemoClock#end()}.
     */
    private void signInOnOtherDevices(Roster roster, int count) {
        LocalDateTime from = roster.admin().registeredAt().plusDays(1);
        LocalDateTime recent = clock.end().minusDays(10);
        LocalDateTime to = clock.end().minusHours(1);
        for (int i = 0; i < count; i++) {
            signIn(roster, DemoClock.between(random, i < 2 ? recent : from, to));
        }
        signIn(roster, clock.end());
    }

    private void signIn(Roster roster, LocalDateTime at) {
        Member member = roster.pick(random, at);
        LocalDateTime created = at.minus(DemoClock.randomDuration(random, Duration.ofMinutes(5), Duration.ofHours(20)));
        LocalDateTime earliest = member.registeredAt().plusMinutes(1);
        created = created.isBefore(earliest) ? earliest : created;
        String token = ids.inviteToken();
        tokens.add(new CreatedToken(created, new InviteTokenRow(token, member.name(), 1, 1,
                created.plus(SIGN_IN_TOKEN_LIFETIME), member.name(), "multi_device")));
        String ip = devices.ipAddress();
        tokenUsage.add(new InviteTokenUsageRow(ids.uuidHex(), token, member.name(), at, ip));
        inviteUsage.add(new InviteUsage(DemoClock.plusMicros(at, 326), token, member.name(), member.name(),
                InviteUsage.TOKEN_USED));
        startSession(member.name(), DemoClock.plusMicros(at, 650), ip);
    }

    /** A fully authenticated session; the original computes its expiry just before creating the row. */
    private void startSession(String name, LocalDateTime expiryBase, String ip) {
        sessions.add(new SessionRow(ids.uuidHex(), name, DemoClock.plusMicros(expiryBase, 388 + random.nextInt(60)),
                expiryBase.plus(SESSION_LIFETIME), null, devices.userAgent(), ip, true));
    }
}
