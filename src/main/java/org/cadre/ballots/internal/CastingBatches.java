package org.cadre.ballots.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.cadre.shared.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of secret ballots. When a hall votes at once, the ballots that arrive within the same few milliseconds
 * are committed together: one transaction, one flush of the write-ahead log to disk, and each voter is told
 * "recorded" only after that commit. With one commit per ballot, the disk's flushes (about 5 ms each on an ordinary
 * disk) capped a hall at a few hundred ballots a second; batches grow with the load instead, and cost nothing when
 * the hall is quiet (a lone ballot is a batch of one, written at once).
 * <p>
 * Each ballot in a batch stands or falls alone: the voter is marked only if not marked yet and only while the ballot
 * is open ({@code returning} says which were), and only those ballots are stored. Papers were checked, and sealed,
 * before they joined the batch. A batch holds the shared advisory lock of each ballot it writes, as a single cast
 * did, so a close waits for it. Batches also put several voters' marks and sealed ballots into one transaction,
 * which is no weaker for secrecy than one per ballot (see the module README).
 */
@Component
class CastingBatches implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CastingBatches.class);
    /** A batch is at most this big; more waiting ballots go into the next one. */
    static final int MAX_BATCH = 256;

    enum Outcome { RECORDED, ALREADY_CAST, NOT_OPEN }

    /** A checked and sealed ballot waiting for its batch. */
    record Sealed(long voterId, long ballotId, byte[] sealed) {
    }

    private record Waiting(Sealed ballot, CompletableFuture<Outcome> outcome) {
    }

    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final int writers;
    private final long timeoutSeconds;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    CastingBatches(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction,
                   @Value("${cadre.ballots.casting-writers:2}") int writers,
                   @Value("${cadre.ballots.casting-timeout-seconds:60}") long timeoutSeconds) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.writers = Math.max(1, writers);
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Waits until the ballot's batch has committed (or failed), and says what became of it. */
    Outcome cast(Sealed ballot) {
        if (!running) {
            throw new IllegalStateException("the ballot box is not accepting ballots (shutting down)");
        }
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        queue.add(new Waiting(ballot, outcome));
        try {
            return outcome.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // the ballot may still be committed later: the voter learns it by trying the code again ("already cast")
            throw new BusinessRuleException("ballot.cast.timeout");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the ballot box", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void write() {
        List<Waiting> waiting = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                waiting.add(first);
                queue.drainTo(waiting, MAX_BATCH - 1);
                Map<Waiting, Outcome> outcomes = transaction.execute(status -> commit(waiting));
                waiting.forEach(w -> w.outcome().complete(outcomes.get(w)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // nothing of the batch was committed: every voter in it is told so and may try again
                log.warn("A batch of {} ballots could not be committed", waiting.size(), e);
                waiting.forEach(w -> w.outcome().completeExceptionally(e));
            } finally {
                waiting.clear();
            }
        }
    }

    private Map<Waiting, Outcome> commit(List<Waiting> waiting) {
        Set<Long> ballots = new LinkedHashSet<>();
        Set<Long> voters = new LinkedHashSet<>();
        for (Waiting w : waiting) {
            ballots.add(w.ballot().ballotId());
            voters.add(w.ballot().voterId());
        }
        jdbc.sql("select pg_advisory_xact_lock_shared(?, b) from unnest(?::int[]) as b")
                .params(BallotBox.LOCK_SPACE, ballots.stream().map(Long::intValue).toArray(Integer[]::new))
                .query((java.sql.ResultSet rs) -> { });
        Set<Long> marked = new HashSet<>(jdbc.sql("""
                update ballot_voter v set voted = true
                where v.id = any(?) and not v.voted
                  and exists (select 1 from ballot b where b.id = v.ballot_id and b.state = 'OPEN')
                returning v.id
                """).param(voters.toArray(Long[]::new)).query(Long.class).list());
        Map<Waiting, Outcome> outcomes = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        Set<Long> refusedBallots = new HashSet<>();
        for (Waiting w : waiting) {
            // of several phones sending one code in the same batch, the first one gets the mark
            if (marked.remove(w.ballot().voterId())) {
                outcomes.put(w, Outcome.RECORDED);
                rows.add(new Object[] {w.ballot().ballotId(), w.ballot().sealed()});
            } else {
                refusedBallots.add(w.ballot().ballotId());
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("insert into ballot_sealed (ballot_id, sealed) values (?, ?)", rows);
        }
        if (!refusedBallots.isEmpty()) {
            Set<Long> open = new HashSet<>(jdbc.sql("select id from ballot where id = any(?) and state = 'OPEN'")
                    .param(refusedBallots.toArray(Long[]::new)).query(Long.class).list());
            for (Waiting w : waiting) {
                outcomes.putIfAbsent(w, open.contains(w.ballot().ballotId()) ? Outcome.ALREADY_CAST : Outcome.NOT_OPEN);
            }
        }
        return outcomes;
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < writers; i++) {
            Thread thread = new Thread(this::write, "ballot-box-" + (i + 1));
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    /** Stops taking ballots; the ones already waiting are still written. */
    @Override
    public void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Started before and stopped after the web server, whose graceful shutdown lets the requests in flight (which
     * wait here) finish; the database pool closes after every lifecycle has stopped.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
