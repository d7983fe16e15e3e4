package org.cadre.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.cadre.demo.DemoCompanyGenerator;
import org.cadre.identity.AccountAdministration;
import org.cadre.identity.DataScope;
import org.cadre.identity.ScopeKind;
import org.cadre.identity.internal.ApiTokens;
import org.cadre.people.RosterFilter;
import org.cadre.people.RosterQuery;
import org.cadre.people.RosterSort;
import org.cadre.shared.PageRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The roster at scale, run on demand ({@code ./mvnw test -Pbenchmark}), never as part of the build: 100,000 people
 * with ~20,000 assignment rows from the data generator, then (1) the filtered, sorted roster page — unit subtree +
 * age range + name fragment — timed server-side over many varied requests, and (2) the Excel export of all
 * 100,000 rows streamed over HTTP while the heap is sampled. Prints the figures and writes them to
 * target/benchmark-roster.txt. It asserts nothing about time: the figures go into the notes.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RosterBenchmark {

    private static final int PEOPLE = Integer.getInteger("bench.people", 100_000);

    @Autowired
    DemoCompanyGenerator generator;
    @Autowired
    RosterQuery roster;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    ApiTokens tokens;
    @LocalServerPort
    int port;

    @Test
    void roster_page_and_export_at_one_hundred_thousand_people() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 23);
        long started = System.nanoTime();
        var generated = generator.generate(PEOPLE, 42, today);
        jdbc.sql("analyze").update();
        long generatedMs = (System.nanoTime() - started) / 1_000_000;
        long assignments = jdbc.sql("select count(*) from org_assignment").query(Long.class).single();
        long people = jdbc.sql("select count(*) from people_person").query(Long.class).single();

        List<Long> units = jdbc.sql("""
                select unit_id from org_unit_version where valid_to is null and kind in ('OPERATING_UNIT', 'BASE', 'SUBSIDIARY')
                """).query(Long.class).list();
        List<String> fragments = jdbc.sql("""
                select distinct substr(name, 1, 2) from people_person where length(name) >= 2 limit 40
                """).query(String.class).list();
        String[] singles = {"王", "李", "张", "华", "明", "丽"};

        // warm up the JIT and the database's caches
        for (int i = 0; i < 100; i++) {
            page(units, fragments, singles, i, today);
        }
        int runs = 500;
        long[] micros = new long[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            rows += page(units, fragments, singles, i, today);
            micros[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(micros);

        String token = apiToken();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        AtomicLong peak = new AtomicLong(heapBefore);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long exportStart = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/people/export.xlsx"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = drain(response.body());
        long exportMs = (System.nanoTime() - exportStart) / 1_000_000;
        sampling.set(false);
        sampler.join();

        String report = String.format(Locale.ROOT, """
                Roster benchmark (%s, %d cores, max heap %d MiB)
                  data: %d people, %d assignment rows, %d units; generated in %d ms
                  roster page (unit subtree + age 30-50 + name fragment, sorted by name, 20 rows), %d requests:
                    median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%.1f rows/page on average)
                  export of the whole roster over HTTP: status %d, %d bytes in %d ms
                    heap before %d MiB, peak while exporting %d MiB (sampled every 20 ms)
                """, System.getProperty("java.version"), runtime.availableProcessors(), runtime.maxMemory() >> 20,
                people, assignments, units.size(), generatedMs, runs,
                micros[runs / 2] / 1000.0, micros[runs * 9 / 10] / 1000.0, micros[runs * 99 / 100] / 1000.0,
                micros[runs - 1] / 1000.0, rows / (double) runs,
                response.statusCode(), bytes, exportMs, heapBefore >> 20, peak.get() >> 20);
        PrintStream out = System.out;
        out.println(report);
        Files.writeString(Path.of("target/benchmark-roster.txt"), report);
        if (generated.people() < PEOPLE || response.statusCode() != 200) {
            throw new IllegalStateException("the benchmark did not run as intended:\n" + report);
        }
    }

    private int page(List<Long> units, List<String> fragments, String[] singles, int i, LocalDate today) {
        String text = i % 3 == 0 ? singles[i % singles.length] : fragments.get(i % fragments.size());
        RosterFilter filter = new RosterFilter(today, units.get(i % units.size()), false, null, 30, 50, null, null,
                null, null, null, text, RosterSort.NAME, false);
        return roster.page(filter, DataScope.everything(), new PageRequest(0, 20)).items().size();
    }

    private String apiToken() {
        long account = accounts.createAccount("bench-export", "Benchmark", "Bench-Export-2026", null);
        accounts.grant(account, "ORG_DEPT", ScopeKind.ALL, null);
        return tokens.create(account, "benchmark", 1).token();
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
            }
        }
        return total;
    }

}
