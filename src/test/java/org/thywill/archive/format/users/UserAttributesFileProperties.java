package org.thywill.archive.format.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.thywill.archive.format.Parsed;

class UserAttributesFileProperties {

    private final UserAttributesFileReader reader = new UserAttributesFileReader();
    private final UserAttributesFileWriter writer = new UserAttributesFileWriter();

    @Property(tries = 1000)
    void writeThenReadGivesTheSameFile(@ForAll("users") List<UserAttributes> users) {
        UserAttributesFile file = UserAttributesFile.of(users);

        Parsed<UserAttributesFile> read = reader.read(writer.write(file));

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value()).isEqualTo(file);
        assertThat(read.value().users()).isEqualTo(file.users());
    }

    @Property(tries = 1000)
    void typedValuesSurviveTheRoundTrip(@ForAll("user") UserAttributes user) {
        UserAttributes back = reader.read(writer.write(UserAttributesFile.of(List.of(user)))).value().users().get(0);

        assertThat(back.username()).isEqualTo(user.username());
        assertThat(back.supporter()).isEqualTo(user.supporter());
        assertThat(back.supporterSince()).isEqualTo(user.supporterSince());
        assertThat(back.supporterType()).isEqualTo(user.supporterType());
        assertThat(back.welcomeMessageDismissed()).isEqualTo(user.welcomeMessageDismissed());
    }

    @Provide
    Arbitrary<List<UserAttributes>> users() {
        return user().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<UserAttributes> user() {
        Arbitrary<String> name = PeopleArbitraries.oneLineText();
        Arbitrary<LocalDate> since = Combinators.combine(Arbitraries.integers().between(1000, 9999),
                        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
                .as(LocalDate::of).injectNull(0.4);
        Arbitrary<String> type = Arbitraries.oneOf(
                Arbitraries.of("financial", "prayer_warrior", "financial,prayer_warrior", "advisor,community_leader"),
                PeopleArbitraries.oneLineText()).injectNull(0.4);
        return Combinators.combine(name, Arbitraries.of(true, false), since, type, Arbitraries.of(true, false))
                .as(UserAttributes::of);
    }
}
