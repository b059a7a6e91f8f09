package org.thywill.archive.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thywill.archive.store.repo.Repositories;
import org.thywill.archive.store.repo.UserRoleRow;

/** The per-user limit on ZIP builds, over real HTTP: 429 with Retry-After, and users never sharing a file. */
class DownloadLimitTest {

    private static final String KEVIN = "sid-member-a-kevin";
    private static final String MARY = "sid-member-b-mary";

    @TempDir
    Path dir;

    @Test
    void aBuildWhileTheUsersLastOneIsRunningIs429AndFreeAgainAfterwards() throws Exception {
        try (ApiService api = ApiService.start(dir, Map.of())) {
            DownloadLimiter limiter = api.service().context().getRegistry()
                    .lookupByNameAndType("apiDownloadLimiter", DownloadLimiter.class);
            HttpResponse<byte[]> refused;
            try (DownloadLimiter.Permit running = limiter.acquire(ApiService.MEMBER_A)) {
                refused = api.get("/api/archive/user/Kevin%20Garcia/download", KEVIN);
                // another user is not held up
                assertThat(api.get("/api/archive/user/Mary/download", MARY).statusCode()).isEqualTo(200);
            }
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(ApiService.detail(refused))
                    .isEqualTo("A download is already being prepared for you; try again when it is done");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(api.get("/api/archive/user/Kevin%20Garcia/download", KEVIN).statusCode()).isEqualTo(200);
            // the permit is released once the response has been written, just after the client has it
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> limiter.running(ApiService.MEMBER_A) == 0);
        }
    }

    @Test
    void moreBuildsAMinuteThanAllowedAre429WithTheSecondsToWait() throws Exception {
        try (ApiService api = ApiService.start(dir, Map.of("thywill.http.downloads.max-per-minute", "2"))) {
            assertThat(api.get("/api/archive/user/Kevin%20Garcia/download", KEVIN).statusCode()).isEqualTo(200);
            assertThat(api.get("/api/archive/user/Kevin%20Garcia/download", KEVIN).statusCode()).isEqualTo(200);
            HttpResponse<byte[]> third = api.get("/api/archive/user/Kevin%20Garcia/download", KEVIN);

            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(ApiService.detail(third)).isEqualTo("Too many downloads; at most 2 a minute");
            assertThat(Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
            // metadata is no build: not limited
            assertThat(api.get("/api/archive/user/Kevin%20Garcia/metadata", KEVIN).statusCode()).isEqualTo(200);
            // a refused request does not use up the budget of anyone else
            assertThat(api.get("/api/archive/user/Mary/download", MARY).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void concurrentBuildsByOneUserGetAtMostTheirShareAndTheRest429() throws Exception {
        int requests = 8;
        try (ApiService api = ApiService.start(dir, Map.of("thywill.http.downloads.max-per-minute", "3"))) {
            List<HttpResponse<byte[]>> answers = all(requests, () -> api.get("/api/archive/user/Mary/download", MARY));

            long ok = answers.stream().filter(r -> r.statusCode() == 200).count();
            assertThat(ok).isBetween(1L, 3L);
            assertThat(answers).allSatisfy(r -> {
                assertThat(r.statusCode()).isIn(200, 429);
                if (r.statusCode() == 429) {
                    assertThat(r.headers().firstValue("Retry-After")).isPresent();
                } else {
                    assertThat(ApiService.zipEntries(r.body())).containsKey("Mary_text_archive/personal/registration.txt");
                }
            });
            assertThat(answers.stream().filter(r -> r.statusCode() == 429).count()).isEqualTo(requests - ok);
        }
    }

    @Test
    void twoUsersBuildingAtOnceBothGetTheirOwnCompleteZip() throws Exception {
        try (ApiService api = ApiService.start(dir, Map.of())) {
            api.service().database().runInTransaction(c -> Repositories.USER_ROLES.insert(c, new UserRoleRow(
                    "11112222333344445555666677778888", "李明", "2923949becd5446fab36a6e3b2c039a0", "Pat",
                    java.time.LocalDateTime.now(java.time.ZoneOffset.UTC), null)));
            for (int round = 0; round < 3; round++) {
                List<HttpResponse<byte[]>> members = all(2, new Callable<>() {
                    private final java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();

                    @Override
                    public HttpResponse<byte[]> call() throws Exception {
                        return n.getAndIncrement() == 0 ? api.get("/api/archive/user/Kevin%20Garcia/download", KEVIN)
                                : api.get("/api/archive/user/Mary/download", MARY);
                    }
                });
                assertThat(members).extracting(HttpResponse::statusCode).containsExactly(200, 200);
                List<String> tops = new ArrayList<>();
                for (HttpResponse<byte[]> r : members) {
                    tops.add(ApiService.zipEntries(r.body()).keySet().iterator().next().split("/")[0]);
                }
                assertThat(tops).containsExactlyInAnyOrder("Kevin Garcia_text_archive", "Mary_text_archive");

                // two admins building the same community bundle in the same minute: each gets a whole, valid ZIP
                List<HttpResponse<byte[]>> admins = all(2, new Callable<>() {
                    private final java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();

                    @Override
                    public HttpResponse<byte[]> call() throws Exception {
                        return api.get("/api/archive/community/download",
                                n.getAndIncrement() == 0 ? "sid-admin-by-role-pat" : "sid-li-ming");
                    }
                });
                assertThat(admins).extracting(HttpResponse::statusCode).containsExactly(200, 200);
                assertThat(ApiService.zipEntries(admins.get(0).body()).keySet())
                        .isEqualTo(ApiService.zipEntries(admins.get(1).body()).keySet());
            }
            assertThat(api.downloads()).isEmpty();
        }
    }

    /** Runs {@code n} calls of {@code call} at once (released together by a barrier), in submission order. */
    private static <T> List<T> all(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier together = new CyclicBarrier(n);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    together.await();
                    return call.call();
                }));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
