package org.thywill.archive.format.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.thywill.archive.format.Parsed;

class RegistrationsFileProperties {

    private final RegistrationsFileReader reader = new RegistrationsFileReader();
    private final RegistrationsFileWriter writer = new RegistrationsFileWriter();

    @Property(tries = 1000)
    void writeThenReadGivesTheSameFile(@ForAll("yearMonth") YearMonth month, @ForAll("registrations") List<Registration> registrations) {
        RegistrationsFile file = RegistrationsFile.of(month, registrations);

        Parsed<RegistrationsFile> read = reader.read(writer.write(file));

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value()).isEqualTo(file);
        assertThat(read.value().registrations()).isEqualTo(registrations);
        assertThat(read.value().month()).contains(month);
    }

    @Property(tries = 1000)
    void appendingWritesExactlyTheAppendText(@ForAll("yearMonth") YearMonth month,
                                             @ForAll("registrations") List<Registration> registrations,
                                             @ForAll("registration") Registration added) {
        RegistrationsFile file = RegistrationsFile.of(month, registrations);

        String after = writer.write(file.append(added));

        assertThat(after).isEqualTo(writer.write(file) + RegistrationsFileWriter.appendText(added));
        assertThat(reader.read(after).value().registrations()).last().isEqualTo(added);
    }

    @Provide
    Arbitrary<YearMonth> yearMonth() {
        return PeopleArbitraries.month();
    }

    @Provide
    Arbitrary<List<Registration>> registrations() {
        return registration().list().ofMaxSize(12);
    }

    /** The documented limit: a registering name cannot contain the invitation phrase. */
    @Provide
    Arbitrary<Registration> registration() {
        Arbitrary<String> name = PeopleArbitraries.oneLineText()
                .filter(n -> !n.contains(RegistrationsFileWriter.INVITED));
        Arbitrary<String> inviter = PeopleArbitraries.name().injectNull(0.3);
        Arbitrary<LocalDateTime> at = PeopleArbitraries.archiveMinute();
        return Combinators.combine(at, name, inviter).as(Registration::new);
    }
}
