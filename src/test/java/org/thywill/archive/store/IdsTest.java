package org.thywill.archive.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
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
    void rowIdsAreUuid7HexInTheOriginalsFormAndSortByTime() throws InterruptedException {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = Ids.rowId();
            assertThat(id).matches("[0-9a-f]{12}7[0-9a-f]{3}[89ab][0-9a-f]{15}");
            UUID parsed = UUID.fromString(id.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
            assertThat(parsed.version()).isEqualTo(7);
            assertThat(parsed.variant()).isEqualTo(2);
            assertThat(seen.add(id)).isTrue();
        }
        long before = System.currentTimeMillis();
        String earlier = Ids.rowId();
        long earlierMillis = Long.parseLong(earlier.substring(0, 12), 16);
        Awaitility.await().until(() -> System.currentTimeMillis() > earlierMillis);
        String later = Ids.rowId();
        assertThat(later).isGreaterThan(earlier);
        assertThat(Long.parseLong(later.substring(0, 12), 16)).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void inviteTokensAreSixteenHexDigitsLikeTheSamples() {
        assertThat(Ids.inviteToken()).matches("[0-9a-f]{16}");
        assertThat(Ids.inviteToken()).isNotEqualTo(Ids.inviteToken());
    }
}
