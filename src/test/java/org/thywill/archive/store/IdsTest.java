package org.thywill.archive.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void uuidHexIsPythonsUuid4Hex() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = Ids.uuidHex();
            assertThat(id).matches("[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}");
            UUID parsed = UUID.fromString(id.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
            assertThat(parsed.version()).isEqualTo(4);
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void tokenHexIsSecretsTokenHex16() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = Ids.tokenHex();
            assertThat(id).matches("[0-9a-f]{32}");
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void inviteTokensAreSixteenHexDigitsLikeTheSamples() {
        assertThat(Ids.inviteToken()).matches("[0-9a-f]{16}");
        assertThat(Ids.inviteToken()).isNotEqualTo(Ids.inviteToken());
    }
}
