package org.thywill.archive.format.invites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thywill.archive.format.export.RecordArbitraries.hexIds;
import static org.thywill.archive.format.export.RecordArbitraries.microTimes;
import static org.thywill.archive.format.export.RecordArbitraries.minuteTimes;
import static org.thywill.archive.format.export.RecordArbitraries.orNone;
import static org.thywill.archive.format.export.RecordArbitraries.plainName;
import static org.thywill.archive.format.export.RecordArbitraries.plainText;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.thywill.archive.format.Parsed;
import org.thywill.archive.format.export.PipeTable;

/** For arbitrary invite usage lines and token snapshots, reading what the writer wrote gives them back. */
class InvitesProperties {

    @Property(tries = 1000)
    void inviteUsage(@ForAll("month") YearMonth month, @ForAll("usage") List<InviteUsage> lines) {
        PipeTable<InviteUsage> file = InviteUsageFormat.of(month, lines);
        Parsed<PipeTable<InviteUsage>> parsed = new InviteUsageFileReader().read(new InviteUsageFileWriter().write(file));
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value()).isEqualTo(file);
    }

    @Property(tries = 1000)
    void tokensSnapshot(@ForAll("updatedAt") LocalDateTime at, @ForAll("tokens") List<SnapshotToken> active,
                        @ForAll("tokens") List<SnapshotToken> expired, @ForAll("count") int activeCount,
                        @ForAll("count") int totalCount) {
        PipeTable<SnapshotLine> file = InviteTokensSnapshotFormat.snapshot(at, active, expired, activeCount, totalCount);
        Parsed<PipeTable<SnapshotLine>> parsed = new InviteTokensSnapshotReader()
                .read(new InviteTokensSnapshotWriter().write(file));
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value()).isEqualTo(file);
        assertThat(InviteTokensSnapshotFormat.active(parsed.value())).isEqualTo(active);
        assertThat(InviteTokensSnapshotFormat.recentlyExpired(parsed.value())).isEqualTo(expired);
    }

    @Provide
    Arbitrary<YearMonth> month() {
        return minuteTimes().map(YearMonth::from);
    }

    @Provide
    Arbitrary<LocalDateTime> updatedAt() {
        return minuteTimes();
    }

    @Provide
    Arbitrary<Integer> count() {
        return Arbitraries.integers().between(0, 10_000);
    }

    @Provide
    Arbitrary<List<InviteUsage>> usage() {
        Arbitrary<String> token = hexIds().map(s -> s.substring(0, 16));
        return Combinators.combine(microTimes(), token, orNone(plainName(), ""), plainText(),
                        Arbitraries.oneOf(Arbitraries.just(InviteUsage.TOKEN_USED), plainText()))
                .as(InviteUsage::new).list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<SnapshotToken>> tokens() {
        return Combinators.combine(hexIds().map(s -> s.substring(0, 16)), plainText(), microTimes().injectNull(0.2),
                Arbitraries.of(true, false), orNone(plainText(), "None"), microTimes().injectNull(0.4))
                .as(SnapshotToken::new).list().ofMaxSize(4);
    }
}
