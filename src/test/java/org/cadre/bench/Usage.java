package org.cadre.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Where the time of a load pass went, for a benchmark: CPU of this JVM (server and load driver together), of the
 * PostgreSQL server's processes and of the whole machine (what is left is other work on a shared machine), and —
 * sampled every 25 ms — the connection pool (in use, idle, threads waiting) and what the database sessions were
 * doing (state and wait event from pg_stat_activity). Linux only for the CPU figures; elsewhere they read 0.
 */
record Usage(long wallMs, long jvmCpuMs, long serverThreadsCpuMs, long driverThreadsCpuMs, long gcMs, long jitMs,
             long postgresCpuMs, long machineBusyMs, long machineTotalMs, int samples,
             double poolActive, double poolIdle, double poolWaiting, Map<String, Double> sessions) {

    String describe(int ballots) {
        long others = Math.max(0, machineBusyMs - jvmCpuMs - postgresCpuMs);
        String states = sessions.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, """
                        CPU over %d ms wall: this JVM %d ms (%.1f ms/ballot), PostgreSQL %d ms (%.1f ms/ballot),
                          the machine was %.0f%% busy; other processes on it used %d ms
                        this JVM: Tomcat threads (the server's requests) %d ms = %.1f ms/ballot, load driver threads %d ms,
                          rest (JIT compiler, GC, other threads) %d ms; GC pauses %d ms, JIT compiling %d ms
                        pool (%d samples): on average %.1f connections in use, %.1f idle, %.1f threads waiting for one
                        database sessions on average by state / wait event: %s
                """, wallMs, jvmCpuMs, jvmCpuMs / (double) Math.max(1, ballots), postgresCpuMs,
                postgresCpuMs / (double) Math.max(1, ballots),
                machineTotalMs == 0 ? 0 : 100.0 * machineBusyMs / machineTotalMs, others,
                serverThreadsCpuMs, serverThreadsCpuMs / (double) Math.max(1, ballots), driverThreadsCpuMs,
                Math.max(0, jvmCpuMs - serverThreadsCpuMs - driverThreadsCpuMs), gcMs, jitMs, samples, poolActive,
                poolIdle, poolWaiting, states);
    }

    /** Samples until {@link #stop()}. */
    static final class Sampler {

        private final EmbeddedPostgres postgres;
        private final HikariDataSource pool;
        private final long started = System.nanoTime();
        private final long jvm0 = jvmCpuNanos();
        private final Map<Long, Long> threads0 = threadCpuNanos();
        private final long gc0 = gcMillis();
        private final long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        private final long pg0;
        private final long[] machine0 = machineJiffies();
        private final Map<String, Long> sessionCounts = new TreeMap<>();
        private final Thread thread;
        private volatile boolean running = true;
        private int samples;
        private long active;
        private long idle;
        private long waiting;

        Sampler(EmbeddedPostgres postgres, HikariDataSource pool) {
            this.postgres = postgres;
            this.pool = pool;
            this.pg0 = postgresJiffies(postgres);
            this.thread = new Thread(this::run, "benchmark-sampler");
            this.thread.setDaemon(true);
            this.thread.start();
        }

        private void run() {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                while (running) {
                    var bean = pool.getHikariPoolMXBean();
                    int a = bean.getActiveConnections();
                    int i = bean.getIdleConnections();
                    int w = bean.getThreadsAwaitingConnection();
                    try (ResultSet rs = statement.executeQuery("""
                            select coalesce(state, '?') || coalesce(' ' || wait_event_type || ':' || wait_event, ''),
                                   count(*)
                            from pg_stat_activity
                            where backend_type = 'client backend' and pid <> pg_backend_pid()
                            group by 1
                            """)) {
                        synchronized (this) {
                            while (rs.next()) {
                                sessionCounts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                            }
                            samples++;
                            active += a;
                            idle += i;
                            waiting += w;
                        }
                    }
                    Thread.sleep(25);
                }
            } catch (SQLException | InterruptedException e) {
                // the figures gathered so far stand
            }
        }

        Usage stop() throws InterruptedException {
            running = false;
            thread.join(5_000);
            long wall = (System.nanoTime() - started) / 1_000_000;
            long[] machine1 = machineJiffies();
            synchronized (this) {
                int n = Math.max(1, samples);
                Map<String, Double> sessions = new TreeMap<>();
                sessionCounts.forEach((k, v) -> sessions.put(k, v / (double) n));
                long server = 0;
                long driver = 0;
                var threads = ManagementFactory.getThreadMXBean();
                for (var e : threadCpuNanos().entrySet()) {
                    var info = threads.getThreadInfo(e.getKey());
                    if (info == null) {
                        continue;
                    }
                    long used = e.getValue() - threads0.getOrDefault(e.getKey(), 0L);
                    if (info.getThreadName().startsWith("http-nio")) {
                        server += used;
                    } else if (info.getThreadName().startsWith("bench-client")) {
                        driver += used;
                    }
                }
                return new Usage(wall, (jvmCpuNanos() - jvm0) / 1_000_000, server / 1_000_000, driver / 1_000_000,
                        gcMillis() - gc0, ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0,
                        (postgresJiffies(postgres) - pg0) * 10, (machine1[0] - machine0[0]) * 10,
                        (machine1[1] - machine0[1]) * 10, samples, active / (double) n, idle / (double) n,
                        waiting / (double) n, sessions);
            }
        }
    }

    /** CPU time of every live thread by id. */
    private static Map<Long, Long> threadCpuNanos() {
        var threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t >= 0) {
                cpu.put(id, t);
            }
        }
        return cpu;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(g -> Math.max(0, g.getCollectionTime())).sum();
    }

    private static long jvmCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Busy and total jiffies of all cores (1/100 s on Linux). */
    private static long[] machineJiffies() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[2];
        }
    }

    /** utime + stime of the postmaster's children, in jiffies (backends, WAL writer, checkpointer…). */
    private static long postgresJiffies(EmbeddedPostgres postgres) {
        long total = 0;
        try {
            String postmaster;
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select setting from pg_settings where name = 'data_directory'")) {
                rs.next();
                postmaster = Files.readAllLines(Path.of(rs.getString(1), "postmaster.pid")).get(0).trim();
            }
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path proc : procs) {
                    try {
                        String stat = Files.readString(proc.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // after the command: state(0) ppid(1) … utime(11) stime(12)
                        if (f[1].equals(postmaster) || proc.getFileName().toString().equals(postmaster)) {
                            total += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        }
                    } catch (IOException | RuntimeException e) {
                        // the process ended meanwhile
                    }
                }
            }
        } catch (IOException | SQLException | RuntimeException e) {
            return 0;
        }
        return total;
    }
}
