package org.cadre.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotResults;
import org.cadre.ballots.BallotSpec;
import org.cadre.ballots.Ballots;
import org.cadre.ballots.PassRule;
import org.cadre.ballots.Scale;
import org.cadre.ballots.internal.BallotRepository;
import org.cadre.ballots.internal.VotingSlips;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ballot engine under load, run on demand ({@code ./mvnw test -Pbenchmark -Dtest=BallotBenchmark}), never as
 * part of the build (issue 3).
 * <ol>
 *   <li>Casting: the real application on a random port, on a PostgreSQL of its own that commits <em>durably</em>
 *   (fsync=on, synchronous_commit=on — not the test profile's shared server, which runs with both off). A secret
 *   appraisal ballot with 2,000 voters in 4 rater groups and 5 appraisees; the 2,000 one-time codes are POSTed to
 *   {@code /api/v1/votes} over loopback by an HTTP/1.1 client with a bounded number of requests in flight, as fast
 *   as it can (burst), and on a second ballot at a steady rate over 60 s (paced). A request counts when its 201
 *   with the receipt arrives, which the API sends only after the ballot is committed. Afterwards every ballot is
 *   checked: turnout 2,000, and after close 2,000 counted ballots whose tallies match what was sent.</li>
 *   <li>Tallying: 1,000,000 stored ratings (2,000 counted ballots × 500 appraisees, 4 groups) generated with SQL,
 *   then {@code Ballots.results} timed.</li>
 * </ol>
 * Prints the figures and writes them to target/benchmark-ballots.txt. It asserts nothing about time, only that every
 * ballot was committed and counted.
 * <p>
 * {@code -Dbench.voters=2000 -Dbench.inflight=48 -Dbench.pool=20 -Dbench.paceSeconds=60 (0 skips the paced pass)
 * -Dbench.appraisees=500 -Dbench.warmUp=300 -Dbench.durable=true (false: fsync and synchronous_commit off, for
 * comparison) -Dbench.jfr=false (true: a JFR profile of the burst in target/benchmark-ballots-burst.jfr)}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BallotBenchmark {

    private static final int VOTERS = Integer.getInteger("bench.voters", 2_000);
    private static final int IN_FLIGHT = Integer.getInteger("bench.inflight", 48);
    private static final int POOL = Integer.getInteger("bench.pool", 20);
    private static final int PACE_SECONDS = Integer.getInteger("bench.paceSeconds", 60);
    private static final int APPRAISEES = Integer.getInteger("bench.appraisees", 500);
    private static final int CAST_APPRAISEES = 5;
    private static final int WARM_UP_VOTERS = Integer.getInteger("bench.warmUp", 4_000);
    private static final boolean JFR = Boolean.getBoolean("bench.jfr");
    private static final boolean DURABLE = Boolean.parseBoolean(System.getProperty("bench.durable", "true"));
    private static final String[] COMPETENCE = {"EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT",
            "CANNOT_JUDGE"};

    private static EmbeddedPostgres postgres;

    @Autowired
    Ballots ballots;
    @Autowired
    VotingSlips slips;
    @Autowired
    BallotRepository repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    org.cadre.ballots.internal.BallotBox box;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    /** How long counting the stored ratings into the tally took, each time. */
    long[] countingMillis = new long[0];
    @LocalServerPort
    int port;

    /**
     * A PostgreSQL of the benchmark's own in a temporary folder under target/ (on disk, not tmpfs). Zonky's builder
     * turns synchronous_commit off by default, so durability is set explicitly; {@code spring.datasource.url} is set
     * so that the application's own embedded database stays off.
     */
    @DynamicPropertySource
    static synchronized void durableDatabase(DynamicPropertyRegistry registry) throws IOException {
        if (postgres == null) {
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()),
                    "benchmark-postgres-");
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", DURABLE ? "on" : "off")
                    .setServerConfig("synchronous_commit", DURABLE ? "on" : "off")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("track_wal_io_timing", "on")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
        }
        String url = postgres.getJdbcUrl("postgres", "postgres");
        registry.add("spring.datasource.url", () -> url);
    }

    /** The pool over the benchmark's server; it is closed before the server stops. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DurableDataSource {

        @Bean
        EmbeddedPostgresStopper benchmarkPostgres() {
            return new EmbeddedPostgresStopper(postgres);
        }

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(EmbeddedPostgresStopper server) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(server.postgres().getJdbcUrl("postgres", "postgres"));
            dataSource.setMaximumPoolSize(POOL);
            dataSource.setPoolName("benchmark");
            return dataSource;
        }
    }

    record EmbeddedPostgresStopper(EmbeddedPostgres postgres) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }

    @Test
    void two_thousand_voters_cast_over_http_and_a_million_ratings_are_tallied() throws Exception {
        String settings = jdbc.sql("""
                select string_agg(name || '=' || setting, ', ' order by name) from pg_settings
                where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method', 'commit_delay',
                               'shared_buffers', 'server_version')
                """).query(String.class).single();
        Runtime runtime = Runtime.getRuntime();
        String load = Files.exists(Path.of("/proc/loadavg"))
                ? Files.readString(Path.of("/proc/loadavg")).strip() : "n/a";

        // people: the voters (also the appraisees' raters in the tally ballot) and the appraisees
        List<Long> voters = jdbc.sql("""
                insert into people_person (employee_no, name, gender, birth_date, unit_id)
                select 'BV' || n, 'Bench voter ' || n, case when n % 2 = 0 then 'F' else 'M' end,
                       date '1970-01-01' + (n % 9000), 0
                from generate_series(1, ?) n returning id
                """).param(VOTERS).query(Long.class).list();
        List<Long> appraisees = jdbc.sql("""
                insert into people_person (employee_no, name, gender, birth_date, unit_id)
                select 'BA' || n, 'Bench appraisee ' || n, 'M', date '1975-06-01', 0
                from generate_series(1, ?) n returning id
                """).param(APPRAISEES).query(Long.class).list();

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                Ballot benchmark (%s, %d cores, max heap %d MiB, load average at start %s)
                  database: embedded PostgreSQL of the benchmark's own, data on disk under target/, %s
                    -> %s
                  pool %d connections (Hikari), Tomcat defaults (200 threads), HTTP/1.1 over loopback%s
                """, System.getProperty("java.version"), runtime.availableProcessors(), runtime.maxMemory() >> 20,
                load, DURABLE ? "DURABLE commits (every 201 follows a WAL flush to disk)"
                        : "NOT durable (fsync=off, synchronous_commit=off)", settings, POOL,
                JFR ? ", JFR profiling the burst" : ""));
        List<String> faults = new ArrayList<>();

        // 1. casting; the figures are written as they come, so that a failure later keeps them
        // the warm-up casts on ballots of its own, as many passes over the roll as it takes: the burst should meet a
        // server whose JIT has compiled the casting path, as a server that has run for a while has
        for (int done = 0; done < WARM_UP_VOTERS; done += voters.size()) {
            Cast warmUp = castAll("warm-up", voters.subList(0, Math.min(voters.size(), WARM_UP_VOTERS - done)),
                    appraisees, 0);
            faults.addAll(warmUp.faults);
            write(report.append(warmUp.describe()));
        }
        Cast burst = castAll("burst", voters, appraisees, 0);
        faults.addAll(burst.faults);
        write(report.append(burst.describe()));
        if (PACE_SECONDS > 0) {
            Cast paced = castAll("paced", voters, appraisees, PACE_SECONDS);
            faults.addAll(paced.faults);
            write(report.append(paced.describe()));
        }

        // 2. tallying
        Tallied tally = tally(voters, appraisees);
        faults.addAll(tally.faults);
        write(report.append(tally.describe()).append(String.format(Locale.ROOT,
                "    counting at close (group-by of the stored ratings into the ballot's tally): runs %s ms%n",
                Arrays.toString(countingMillis))));
        System.out.println(report);
        if (!faults.isEmpty()) {
            throw new IllegalStateException("the benchmark did not run as intended: " + faults + "\n" + report);
        }
    }

    private static void write(CharSequence report) throws IOException {
        Files.writeString(Path.of("target/benchmark-ballots.txt"), report);
    }

    // ------------------------------------------------------------------------------------------------- casting

    /** What one casting pass measured and found. */
    record Cast(String name, int voters, int inFlight, int paceSeconds, long wallNanos, long[] latencyMicros,
                int created, Map<Integer, Integer> otherStatuses, int errors, int turnout, long openMs, long closeMs,
                int counted, long walSyncs, double walSyncMs, long walRecords, Usage usage, List<String> faults) {

        String describe() {
            long[] l = latencyMicros;
            String mode = paceSeconds > 0
                    ? String.format(Locale.ROOT, "arriving at a steady %.1f/s over %d s (latency from the scheduled send)",
                    voters / (double) paceSeconds, paceSeconds)
                    : "as fast as possible, at most " + inFlight + " requests in flight";
            return String.format(Locale.ROOT, """
                      casting, %s: %d voters %s
                        %d x 201 in %d ms = %.0f ballots/s sustained; other statuses %s, errors %d
                        latency send -> 201: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms
                        WAL during the pass: %d flushes to disk (%.1f ms in fsync), %d records -> %.1f commits per flush
                        turnout %d of %d; open (codes issued) %d ms, close (opened, shuffled, stored) %d ms, counted %d
                    %s""", name, voters, mode, created, wallNanos / 1_000_000, created / (wallNanos / 1e9),
                    otherStatuses, errors, pct(l, 50), pct(l, 90), pct(l, 99), l.length == 0 ? 0 : l[l.length - 1] / 1000.0,
                    walSyncs, walSyncMs, walRecords, walSyncs == 0 ? 0 : created / (double) walSyncs,
                    turnout, voters, openMs, closeMs, counted, usage.describe(created));
        }
    }

    private Cast castAll(String name, List<Long> voters, List<Long> appraisees, int paceSeconds) throws Exception {
        int groups = 4;
        List<BallotSpec.GroupSpec> groupSpecs = new ArrayList<>();
        int perGroup = voters.size() / groups;
        String[] weights = {"0.3", "0.3", "0.2", "0.2"};
        for (int g = 0; g < groups; g++) {
            int to = g == groups - 1 ? voters.size() : (g + 1) * perGroup;
            groupSpecs.add(new BallotSpec.GroupSpec("Group " + (g + 1), new java.math.BigDecimal(weights[g]),
                    voters.subList(g * perGroup, to)));
        }
        List<BallotSpec.QuestionSpec> questions = new ArrayList<>();
        for (int q = 0; q < CAST_APPRAISEES; q++) {
            questions.add(BallotSpec.QuestionSpec.rating("Appraisee " + (q + 1), appraisees.get(q), Scale.COMPETENCE));
        }
        long id = ballots.create(new BallotSpec("Benchmark appraisal (" + name + ")", null, BallotMode.SECRET,
                PassRule.NONE, null, null, null, groupSpecs, questions));
        long openStart = System.nanoTime();
        ballots.open(id);
        long openMs = (System.nanoTime() - openStart) / 1_000_000;
        List<Long> questionIds = repository.find(id).orElseThrow().questions().stream().map(q -> q.id()).toList();
        List<String> codes = new ArrayList<>(slips.slips(id).stream().map(VotingSlips.Slip::code).toList());

        // the papers, decided beforehand, so that the count can be checked against them
        Random random = new Random(id);
        List<String> bodies = new ArrayList<>(codes.size());
        Map<String, Integer> sent = new HashMap<>();
        for (String code : codes) {
            StringBuilder body = new StringBuilder("{\"code\": \"").append(code).append("\", \"answers\": {");
            for (int q = 0; q < questionIds.size(); q++) {
                String answer = COMPETENCE[random.nextInt(COMPETENCE.length)];
                sent.merge(questionIds.get(q) + "/" + answer, 1, Integer::sum);
                body.append(q == 0 ? "" : ", ").append('"').append(questionIds.get(q)).append("\": {\"choice\": \"")
                        .append(answer).append("\"}");
            }
            bodies.add(body.append("}}").toString());
        }

        long[] wal0 = wal();
        jdk.jfr.Recording recording = null;
        if (JFR && name.equals("burst")) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2));
            recording.start();
        }
        Load load = drive(bodies, paceSeconds);
        Usage usage = load.usage;
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of("target/benchmark-ballots-burst.jfr"));
            recording.close();
        }
        long[] wal1 = wal();

        List<String> faults = new ArrayList<>();
        int turnout = ballots.turnout(id).voted();
        long closeStart = System.nanoTime();
        ballots.close(id);
        long closeMs = (System.nanoTime() - closeStart) / 1_000_000;
        BallotResults results = ballots.results(id);
        if (load.created != codes.size()) {
            faults.add(name + ": " + load.created + " of " + codes.size() + " ballots acknowledged");
        }
        if (turnout != codes.size() || results.cast() != codes.size()) {
            faults.add(name + ": turnout " + turnout + ", counted " + results.cast() + ", sent " + codes.size());
        }
        for (long question : questionIds) {
            for (String answer : COMPETENCE) {
                BallotResults.AnswerResult counted = results.question(question).answer(answer);
                long total = counted == null || counted.total() == null ? -1 : counted.total().longValue();
                if (total != sent.getOrDefault(question + "/" + answer, 0)) {
                    faults.add(name + ": question " + question + " " + answer + " counted " + total + ", sent "
                            + sent.getOrDefault(question + "/" + answer, 0));
                }
            }
        }
        return new Cast(name, codes.size(), IN_FLIGHT, paceSeconds, load.wallNanos, load.latencyMicros, load.created,
                load.otherStatuses, load.errors, turnout, openMs, closeMs, results.cast(), wal1[0] - wal0[0],
                (wal1[1] - wal0[1]) / 1000.0, wal1[2] - wal0[2], usage, faults);
    }

    /** pg_stat_wal: flushes to disk, time in them (µs), records. */
    private long[] wal() {
        return jdbc.sql("select wal_sync, wal_sync_time * 1000, wal_records from pg_stat_wal")
                .query((rs, n) -> new long[] {rs.getLong(1), (long) (rs.getDouble(2)), rs.getLong(3)}).single();
    }

    record Load(long wallNanos, long[] latencyMicros, int created, Map<Integer, Integer> otherStatuses, int errors,
                Usage usage) {
    }

    /**
     * POSTs every body once over loopback from a pool of {@link #IN_FLIGHT} threads, each sending one request at a
     * time and waiting for its answer (HttpClient.send: on a 2-core machine sendAsync would start a thread for every
     * response, because the common pool has one thread). As fast as possible, or (paceSeconds > 0) each at its
     * scheduled time, spread evenly; then the latency counts from that scheduled time, so that a server falling
     * behind cannot hide its queue by slowing the sender down. Bounded: 2 minutes per request, 5 in all.
     */
    private Load drive(List<String> bodies, int paceSeconds) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/votes");
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
            Thread t = new Thread(r, "bench-client-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ExecutorService clientExecutor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-client-http-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientExecutor)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long[] latency = new long[bodies.size()];
        AtomicInteger created = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<Integer, Integer> others = new ConcurrentHashMap<>();
        AtomicLong lastDone = new AtomicLong();
        List<java.util.concurrent.Future<?>> all = new ArrayList<>(bodies.size());
        double intervalNanos = paceSeconds > 0 ? paceSeconds * 1e9 / bodies.size() : 0;
        senders.invokeAll(java.util.Collections.nCopies(IN_FLIGHT, () -> null)); // threads started beforehand
        Usage.Sampler sampler = new Usage.Sampler(postgres, dataSource);
        Usage usage;
        long start = System.nanoTime();
        try {
            for (int i = 0; i < bodies.size(); i++) {
                long scheduled = start + (long) (i * intervalNanos);
                if (paceSeconds > 0) {
                    long wait = scheduled - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                int index = i;
                all.add(senders.submit(() -> {
                    long sentAt = paceSeconds > 0 ? scheduled : System.nanoTime();
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                            .header("Content-Type", "application/json").header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(index))).build();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201 && response.body().contains("\"receipt\"")) {
                            created.incrementAndGet();
                        } else {
                            others.merge(response.statusCode(), 1, Integer::sum);
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    long done = System.nanoTime();
                    latency[index] = (done - sentAt) / 1_000;
                    lastDone.accumulateAndGet(done, Math::max);
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            for (var f : all) {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            usage = sampler.stop();
            senders.shutdownNow();
            clientExecutor.shutdownNow();
        }
        long wall = lastDone.get() - start;
        long[] sorted = latency.clone();
        Arrays.sort(sorted);
        return new Load(wall, sorted, created.get(), new HashMap<>(others), errors.get(), usage);
    }

    // ------------------------------------------------------------------------------------------------ tallying

    record Tallied(int appraisees, long castRows, long answerRows, long generatedMs, long[] runsMillis,
                   double warmUpMs, double queryMs, String plan, List<String> whatIfs, List<String> faults) {

        String describe() {
            long[] sorted = runsMillis.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, """
                      tallying: %d appraisees (RATING questions), %d counted ballots in 4 groups, %d stored ratings
                        generated with SQL + VACUUM ANALYZE in %d ms
                        Ballots.results (reads the tally counted at close, then the Java tally), %d runs after a warm-up of %.0f ms:
                          median %d ms, max %d ms (runs %s)
                        of which the group-by query alone: %.0f ms (median of 3)
                        plan: %s
                        what if (the same query on the benchmark's database, median of 3; nothing of this is in the schema):
                    %s""", appraisees, castRows, answerRows, generatedMs, sorted.length, warmUpMs,
                    sorted[sorted.length / 2], sorted[sorted.length - 1], Arrays.toString(runsMillis), queryMs,
                    plan.replace("\n", "\n              "),
                    whatIfs.stream().map(w -> "          " + w + "\n").collect(java.util.stream.Collectors.joining()));
        }
    }

    private Tallied tally(List<Long> voters, List<Long> appraisees) {
        long started = System.nanoTime();
        List<BallotSpec.GroupSpec> groupSpecs = new ArrayList<>();
        int perGroup = voters.size() / 4;
        for (int g = 0; g < 4; g++) {
            groupSpecs.add(new BallotSpec.GroupSpec("Group " + (g + 1), java.math.BigDecimal.valueOf(25),
                    voters.subList(g * perGroup, g == 3 ? voters.size() : (g + 1) * perGroup)));
        }
        List<BallotSpec.QuestionSpec> questions = appraisees.stream()
                .map(a -> BallotSpec.QuestionSpec.rating("Appraisee " + a, a, Scale.COMPETENCE)).toList();
        long id = ballots.create(new BallotSpec("Benchmark tally", null, BallotMode.SECRET, PassRule.NONE, null, null,
                null, groupSpecs, questions));
        List<Long> groups = repository.find(id).orElseThrow().groups().stream().map(g -> g.id()).toList();
        // every voter cast once: one counted ballot per voter in their group, one rating per appraisee
        jdbc.sql("""
                insert into ballot_cast (id, ballot_id, group_id, receipt)
                select gen_random_uuid(), v.ballot_id, v.group_id, upper(substr(md5(random()::text), 1, 8))
                from ballot_voter v where v.ballot_id = ?
                """).param(id).update();
        // in slices of 25 appraisees (50,000 rows), each well within the application's 60 s statement timeout
        for (int from = 1; from <= appraisees.size(); from += 25) {
            jdbc.sql("""
                    insert into ballot_answer (cast_id, ballot_id, group_id, question_id, answer_key, score)
                    select c.id, c.ballot_id, c.group_id, q.id,
                           (array['EXCELLENT', 'EXCELLENT', 'COMPETENT', 'COMPETENT', 'COMPETENT', 'BASICALLY_COMPETENT',
                                  'INCOMPETENT', 'CANNOT_JUDGE'])[1 + floor(random() * 8)::int], null
                    from ballot_cast c cross join ballot_question q
                    where c.ballot_id = ? and q.ballot_id = c.ballot_id and q.position between ? and ?
                    """).params(id, from, from + 24).update();
        }
        jdbc.sql("update ballot_voter set voted = true where ballot_id = ?").param(id).update();
        jdbc.sql("update ballot set state = 'CLOSED', opened_at = now(), closed_at = now() where id = ?").param(id)
                .update();
        jdbc.sql("vacuum analyze ballot_answer").update();
        jdbc.sql("vacuum analyze ballot_cast").update();
        jdbc.sql("vacuum analyze ballot_voter").update();
        long generatedMs = (System.nanoTime() - started) / 1_000_000;
        long castRows = jdbc.sql("select count(*) from ballot_cast where ballot_id = ?").param(id).query(Long.class).single();
        long answerRows = jdbc.sql("select count(*) from ballot_answer where ballot_id = ?").param(id)
                .query(Long.class).single();

        // counting happens once, at close: the group-by over the stored ratings into the ballot's tally
        long[] counting = new long[3];
        for (int i = 0; i < counting.length; i++) {
            long c = System.nanoTime();
            transactions.executeWithoutResult(status -> box.count(id));
            counting[i] = (System.nanoTime() - c) / 1_000_000;
        }
        countingMillis = counting;
        long t = System.nanoTime();
        BallotResults first = ballots.results(id);
        double warmUpMs = (System.nanoTime() - t) / 1e6;
        int runs = 5;
        long[] millis = new long[runs];
        BallotResults last = first;
        for (int i = 0; i < runs; i++) {
            t = System.nanoTime();
            last = ballots.results(id);
            millis[i] = (System.nanoTime() - t) / 1_000_000;
        }
        String groupBy = """
                select group_id, question_id, answer_key, count(*), sum(score) from ballot_answer
                where ballot_id = ? group by group_id, question_id, answer_key
                """;
        double[] query = new double[3];
        for (int i = 0; i < 3; i++) {
            t = System.nanoTime();
            jdbc.sql(groupBy).param(id).query((rs, n) -> rs.getLong(4)).list();
            query[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(query);
        String plan = String.join("\n", jdbc.sql("explain (analyze, buffers) " + groupBy).param(id)
                .query(String.class).list());

        // what would make it faster: the same query with other plans, and with a covering index
        List<String> whatIfs = new ArrayList<>();
        whatIfs.add(whatIf("as is (again, to show the noise)", "", groupBy, id));
        whatIfs.add(whatIf("no parallel workers", "set local max_parallel_workers_per_gather = 0", groupBy, id));
        whatIfs.add(whatIf("sequential scan + hash aggregate", "set local enable_indexscan = off; "
                + "set local enable_indexonlyscan = off; set local enable_bitmapscan = off", groupBy, id));
        whatIfs.add(whatIf("same, no parallel workers", "set local enable_indexscan = off; "
                + "set local enable_indexonlyscan = off; set local enable_bitmapscan = off; "
                + "set local max_parallel_workers_per_gather = 0", groupBy, id));
        jdbc.sql("create index benchmark_tally_covering on ballot_answer (ballot_id, group_id, question_id, answer_key) "
                + "include (score)").update();
        jdbc.sql("vacuum analyze ballot_answer").update();
        // the tally index is dropped inside the what-if's transaction (rolled back), so that the planner must choose
        whatIfs.add(whatIf("covering index (ballot_id, group_id, question_id, answer_key) include (score)",
                "drop index ballot_answer_tally_idx", groupBy, id));
        jdbc.sql("drop index benchmark_tally_covering").update();
        // the counts of a closed ballot never change: counted once at close, results would only read them
        jdbc.sql("""
                create table benchmark_tally as select ballot_id, group_id, question_id, answer_key, count(*) as votes,
                sum(score) as score_sum from ballot_answer where ballot_id = ? group by 1, 2, 3, 4
                """).param(id).update();
        jdbc.sql("create index on benchmark_tally (ballot_id)").update();
        jdbc.sql("analyze benchmark_tally").update();
        whatIfs.add(whatIf("a stored tally, counted once at close (reads " + jdbc.sql("select count(*) from benchmark_tally")
                .query(Long.class).single() + " rows)", "", """
                select group_id, question_id, answer_key, votes, score_sum from benchmark_tally where ballot_id = ?
                """, id));
        jdbc.sql("drop table benchmark_tally").update();

        List<String> faults = new ArrayList<>();
        if (answerRows != (long) voters.size() * appraisees.size() || last.cast() != voters.size()
                || last.questions().size() != appraisees.size()) {
            faults.add("tally: " + answerRows + " ratings, " + last.cast() + " counted, " + last.questions().size()
                    + " questions");
        }
        long counted = last.questions().stream().flatMap(q -> q.answers().stream())
                .mapToLong(a -> a.total() == null ? 0 : a.total().longValue()).sum();
        if (counted != answerRows) {
            faults.add("tally: answers counted " + counted + " of " + answerRows);
        }
        return new Tallied(appraisees.size(), castRows, answerRows, generatedMs, millis, warmUpMs, query[1], plan,
                whatIfs, faults);
    }

    /** The query after the settings (in its own transaction): median of 3 runs, and the top of its plan. */
    private String whatIf(String name, String settings, String query, long ballotId) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (java.sql.Statement st = c.createStatement()) {
                if (!settings.isEmpty()) {
                    st.execute(settings);
                }
            }
            String sql = query.replace("?", Long.toString(ballotId));
            double[] ms = new double[3];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        rs.getLong(4);
                    }
                }
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            List<String> plan = new ArrayList<>();
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("explain (analyze) " + sql)) {
                while (rs.next()) {
                    String line = rs.getString(1).strip();
                    if (line.startsWith("->") || plan.isEmpty()) {
                        plan.add(line.replaceAll("\\s*\\(cost=[^)]*\\)", "").replaceAll("\\(actual time=[0-9.]+\\.\\.", "(")
                                .replaceAll(" rows=\\d+ loops=\\d+", ""));
                    }
                }
            }
            c.rollback();
            return String.format(Locale.ROOT, "%s: %.0f ms; %s", name, ms[1], String.join(" ", plan));
        } catch (java.sql.SQLException e) {
            return name + ": failed, " + e.getMessage();
        }
    }

    private static double pct(long[] sortedMicros, int percentile) {
        if (sortedMicros.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(index, sortedMicros.length - 1))] / 1000.0;
    }
}
