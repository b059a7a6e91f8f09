package org.thywill.archive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The pure parts of the API: request line decoding, the sid cookie, Content-Disposition, the download limiter. */
class RequestPartsTest {

    @Test
    void pathSegmentsArePercentDecodedAsUtf8WithPlusKeptAndTheQueryFormDecoded() {
        RequestLine r = RequestLine.parse("/api/archive/user/D%27Angelo%20Price+Jr/download?include_community=no&x=a+b");
        assertThat(r.segments()).containsExactly("api", "archive", "user", "D'Angelo Price+Jr", "download");
        assertThat(r.segment(3)).isEqualTo("D'Angelo Price+Jr");
        assertThat(r.parameter("include_community")).hasValue("no");
        assertThat(r.parameter("x")).hasValue("a b");
        assertThat(r.parameter("missing")).isEmpty();
        assertThat(RequestLine.parse("/api/archive/user/%E6%9D%8E%E6%98%8E/metadata").segment(3)).isEqualTo("李明");
        assertThat(RequestLine.parse("/api/archive/user/a%2Fb/metadata").segment(3)).isEqualTo("a/b");
    }

    @Test
    void malformedEscapesAndBytesThatAreNotUtf8AreABadRequest() {
        for (String uri : List.of("/api/archive/user/a%zz/metadata", "/api/archive/user/a%4/metadata",
                "/api/archive/user/%C3%28/metadata", "/api/archive/user/%FF/metadata")) {
            assertThatThrownBy(() -> RequestLine.parse(uri)).as(uri).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void theSidCookieIsFoundAmongOthersUnquotedAndInRepeatedHeaders() {
        assertThat(SidCookie.from("theme=dark; sid=abc123; lang=en")).hasValue("abc123");
        assertThat(SidCookie.from("sid=\"quoted\"")).hasValue("quoted");
        assertThat(SidCookie.from(List.of("a=1", "sid=second"))).hasValue("second");
        assertThat(SidCookie.from("xsid=no; sidx=no")).isEmpty();
        assertThat(SidCookie.from("sid=")).isEmpty();
        assertThat(SidCookie.from(null)).isEmpty();
    }

    @Test
    void contentDispositionQuotesEscapesAndEncodesPerRfc6266And5987() {
        assertThat(ContentDisposition.attachment("Mary_archive_2025_01_01_1200.zip")).isEqualTo(
                "attachment; filename=\"Mary_archive_2025_01_01_1200.zip\"; filename*=UTF-8''Mary_archive_2025_01_01_1200.zip");
        assertThat(ContentDisposition.attachment("李明 \"x\"\\y.zip")).isEqualTo(
                "attachment; filename=\"__ \\\"x\\\"\\\\y.zip\"; filename*=UTF-8''%E6%9D%8E%E6%98%8E%20%22x%22%5Cy.zip");
        assertThat(ContentDisposition.attachment("a;b\r\n.zip")).isEqualTo(
                "attachment; filename=\"a;b__.zip\"; filename*=UTF-8''a%3Bb%0D%0A.zip");
    }

    @Test
    void theLimiterAllowsOneBuildAtATimeAndNPerMinutePerUser() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-01-01T12:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        DownloadLimiter limiter = new DownloadLimiter(1, 2, clock);

        DownloadLimiter.Permit first = limiter.acquire("Pat");
        assertThatThrownBy(() -> limiter.acquire("Pat")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.retryAfterSeconds()).isEqualTo(5);
        });
        limiter.acquire("Mary").close();
        first.close();
        first.close();
        assertThat(limiter.running("Pat")).isZero();

        now.set(now.get().plusSeconds(20));
        limiter.acquire("Pat").close();
        now.set(now.get().plusSeconds(10));
        assertThatThrownBy(() -> limiter.acquire("Pat")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.detail()).isEqualTo("Too many downloads; at most 2 a minute");
            assertThat(e.retryAfterSeconds()).isEqualTo(30);
        });
        now.set(now.get().plus(Duration.ofSeconds(30)));
        limiter.acquire("Pat").close();
        assertThatThrownBy(() -> new DownloadLimiter(0, 1, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
