package org.cadre.ballots.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cadre.ballots.Turnout;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live turnout for the projector: each open room page listens with server-sent events; once a second the turnout
 * of every watched ballot is read from the database (so it is right whichever node took the votes) and sent when it
 * changed, with a heartbeat every 15 seconds so that proxies keep the connection.
 */
@Component
class TurnoutStream implements SmartLifecycle {

    private static final long TIMEOUT_MS = 4 * 60 * 60 * 1000L;
    private static final int HEARTBEAT_TICKS = 15;

    private final BallotRepository ballots;
    private final Map<Long, List<SseEmitter>> rooms = new ConcurrentHashMap<>();
    private final Map<Long, Turnout> lastSent = new ConcurrentHashMap<>();
    private int ticks;
    private volatile boolean running;

    TurnoutStream(BallotRepository ballots) {
        this.ballots = ballots;
    }

    SseEmitter watch(long ballotId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        List<SseEmitter> room = rooms.computeIfAbsent(ballotId, id -> new CopyOnWriteArrayList<>());
        room.add(emitter);
        Runnable leave = () -> room.remove(emitter);
        emitter.onCompletion(leave);
        emitter.onTimeout(leave);
        emitter.onError(e -> leave.run());
        send(emitter, current(ballotId));
        return emitter;
    }

    /** Stops before the web server's graceful shutdown, which would otherwise wait for every open projector. */
    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        rooms.values().forEach(room -> room.forEach(SseEmitter::complete));
        rooms.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Scheduled(fixedDelay = 1000)
    void tick() {
        boolean heartbeat = ++ticks % HEARTBEAT_TICKS == 0;
        rooms.forEach((ballotId, room) -> {
            if (room.isEmpty()) {
                rooms.remove(ballotId);
                lastSent.remove(ballotId);
                return;
            }
            Turnout turnout = current(ballotId);
            if (heartbeat || !turnout.equals(lastSent.get(ballotId))) {
                lastSent.put(ballotId, turnout);
                room.forEach(emitter -> send(emitter, turnout));
            }
        });
    }

    private Turnout current(long ballotId) {
        BallotDefinition ballot = ballots.find(ballotId).orElseThrow();
        return ballots.turnout(ballotId, ballot.state(), ballot.groups());
    }

    private void send(SseEmitter emitter, Turnout turnout) {
        try {
            emitter.send(SseEmitter.event().name("turnout").data(turnout, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }
}
