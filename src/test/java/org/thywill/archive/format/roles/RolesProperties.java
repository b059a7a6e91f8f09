package org.thywill.archive.format.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thywill.archive.format.export.RecordArbitraries.barText;
import static org.thywill.archive.format.export.RecordArbitraries.microTimes;
import static org.thywill.archive.format.export.RecordArbitraries.minuteTimes;
import static org.thywill.archive.format.export.RecordArbitraries.orNone;
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

/** For arbitrary role assignments, definitions and history, reading what the writer wrote gives them back. */
class RolesProperties {

    @Property(tries = 1000)
    void roleAssignments(@ForAll("month") YearMonth month, @ForAll("assignments") List<RoleAssignment> assignments) {
        PipeTable<RoleAssignment> file = RoleAssignmentsFormat.of(month, assignments);
        Parsed<PipeTable<RoleAssignment>> parsed = new RoleAssignmentsFileReader()
                .read(new RoleAssignmentsFileWriter().write(file));
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value()).isEqualTo(file);
    }

    @Property(tries = 1000)
    void roleDefinitions(@ForAll("updatedAt") LocalDateTime at, @ForAll("definitions") List<RoleDefinition> roles) {
        PipeTable<RoleDefinitionsLine> file = RoleDefinitionsFormat.of(at, roles);
        Parsed<PipeTable<RoleDefinitionsLine>> parsed = new RoleDefinitionsFileReader()
                .read(new RoleDefinitionsFileWriter().write(file));
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value()).isEqualTo(file);
        assertThat(RoleDefinitionsFormat.roles(parsed.value())).isEqualTo(roles);
    }

    @Property(tries = 1000)
    void roleHistory(@ForAll("history") List<RoleHistoryEntry> entries) {
        PipeTable<RoleHistoryEntry> file = RoleHistoryFormat.of(entries);
        Parsed<PipeTable<RoleHistoryEntry>> parsed = new RoleHistoryFileReader()
                .read(new RoleHistoryFileWriter().write(file));
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(parsed.value()).isEqualTo(file);
    }

    @Provide
    Arbitrary<YearMonth> month() {
        return minuteTimes().map(YearMonth::from);
    }

    @Provide
    Arbitrary<LocalDateTime> updatedAt() {
        return minuteTimes();
    }

    /** Names that end in {@code at} among the users (reference §7 B24). */
    private static Arbitrary<String> users() {
        return Arbitraries.oneOf(plainText(), Arbitraries.of("Pat", "Joy at Dawn", "Nat", "at"));
    }

    @Provide
    Arbitrary<List<RoleAssignment>> assignments() {
        return Combinators.combine(microTimes(), users(), plainText(), Arbitraries.oneOf(
                        Arbitraries.just(RoleAssignment.ASSIGNED), plainText()), users(), microTimes().injectNull(0.5),
                barText()).as(RoleAssignment::new).list().ofMaxSize(4);
    }

    /** Descriptions never hold {@code |} (the writer makes it {@code _}); the permissions JSON may. */
    @Provide
    Arbitrary<List<RoleDefinition>> definitions() {
        return Combinators.combine(plainText(), plainText(), barText(), Arbitraries.of(true, false),
                orNone(users(), "None")).as(RoleDefinition::new).list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<RoleHistoryEntry>> history() {
        return Combinators.combine(microTimes(), plainText(), plainText(), users(), plainText(), plainText(),
                plainText()).as(RoleHistoryEntry::new).list().ofMaxSize(4);
    }
}
