package org.thywill.archive.format.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thywill.archive.format.export.RecordArbitraries.barText;
import static org.thywill.archive.format.export.RecordArbitraries.hexIds;
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

/** For arbitrary sessions, in either layout, reading what the writer wrote gives them back. */
class SessionsProperties {

    private static void roundTrips(PipeTable<SessionRecord> file) {
        Parsed<PipeTable<SessionRecord>> parsed = new SessionsFileReader().read(new SessionsFileWriter().write(file));
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value()).isEqualTo(file);
    }

    @Property(tries = 1000)
    void liveLayout(@ForAll("headerTime") LocalDateTime at, @ForAll("liveSessions") List<SessionRecord> sessions) {
        roundTrips(SessionsFormat.live(YearMonth.from(at), at, sessions));
    }

    @Property(tries = 1000)
    void exportLayout(@ForAll("headerTime") LocalDateTime at, @ForAll("exportSessions") List<SessionRecord> sessions) {
        roundTrips(SessionsFormat.export(YearMonth.from(at), at, sessions));
    }

    @Provide
    Arbitrary<LocalDateTime> headerTime() {
        return minuteTimes();
    }

    /** Live rows: the device never holds {@code |} (the writer makes it {@code _}); None is {@code ""}. */
    @Provide
    Arbitrary<List<SessionRecord>> liveSessions() {
        return Combinators.combine(minuteTimes(), hexIds(), plainText(), minuteTimes(), orNone(plainName(), ""),
                orNone(plainName(), ""), Arbitraries.of(true, false)).as(SessionRecord::new).list().ofMaxSize(4);
    }

    /** Export rows: the device may hold {@code |}; None is {@code unknown}; export-all never writes an empty file. */
    @Provide
    Arbitrary<List<SessionRecord>> exportSessions() {
        return Combinators.combine(minuteTimes(), hexIds(), plainText(), minuteTimes(),
                orNone(barText().filter(s -> !s.isEmpty()), "unknown"), orNone(plainName(), "unknown"),
                Arbitraries.of(true, false)).as(SessionRecord::new).list().ofMinSize(1).ofMaxSize(4);
    }
}
