package jp.lg.collection.system;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Leases of long runs (the overdue sweep, a file import): a run row names the node that works on it and holds
 * {@code lease_until}, renewed by a heartbeat while the run lives. A row whose lease has expired without a
 * finish is a dead run — its JVM was killed, its database restarted under it — and the next call takes it over
 * instead of answering "running" forever. Each taker draws a new token; a run that finds its token gone has
 * lost its lease and commits nothing more (the token fences it).
 *
 * <p>The lease is wall-clock time ({@code collection.run-lease}, 60 s by default), not the engine clock that
 * tests move: nodes of a cluster keep their clocks in step (NTP), far closer than the lease.
 */
@Component
public class RunLeases {

    private static final Logger LOG = LoggerFactory.getLogger(RunLeases.class);

    private final String nodeId;
    private final Duration lease;
    private final Clock clock;
    private final ScheduledExecutorService beats;

    public RunLeases(@Value("${collection.node-id:${camunda.bpm.generic-properties.properties.hostname:}}") String node,
            @Value("${collection.run-lease:PT60S}") Duration lease) {
        this.nodeId = (node == null || node.isBlank() ? hostname() : node) + "/" + ProcessHandle.current().pid();
        this.lease = lease.compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2) : lease;
        this.clock = Clock.system(Today.TOKYO);
        this.beats = Executors.newScheduledThreadPool(1, r -> {
            Thread t = new Thread(r, "run-lease-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /** This node as run rows name it: the engine's hostname (or the machine's) and the process id. */
    public String nodeId() {
        return nodeId;
    }

    public Duration lease() {
        return lease;
    }

    /** Wall-clock now, Tokyo time (what lease columns hold). */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** When a lease taken or renewed now expires. */
    public LocalDateTime expiry() {
        return now().plus(lease);
    }

    public static String newToken() {
        return UUID.randomUUID().toString();
    }

    /**
     * Renews a lease every quarter of its length until closed. {@code renew} returns false when the run's token
     * is gone (another node took the run over): the heartbeat then stops and {@link Heartbeat#lost()} turns
     * true. A renewal that throws (the database is away) is logged and tried again at the next beat; if the
     * database stays away longer than the lease, the run is someone else's to take over.
     */
    public Heartbeat beat(String run, BooleanSupplier renew) {
        var heartbeat = new Heartbeat();
        long every = Math.max(500, lease.toMillis() / 4);
        heartbeat.future = beats.scheduleWithFixedDelay(() -> {
            try {
                if (!renew.getAsBoolean()) {
                    LOG.warn("{}: lease lost to another node; this node stops working on it", run);
                    heartbeat.lost.set(true);
                    heartbeat.future.cancel(false);
                }
            } catch (RuntimeException e) {
                LOG.warn("{}: lease not renewed ({}); retrying in {} ms", run, e.toString(), every);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return heartbeat;
    }

    /** A running heartbeat; closing it stops the renewals (the run then finishes or is left to expire). */
    public static final class Heartbeat implements AutoCloseable {
        private final AtomicBoolean lost = new AtomicBoolean();
        private volatile ScheduledFuture<?> future;

        public boolean lost() {
            return lost.get();
        }

        @Override
        public void close() {
            if (future != null) {
                future.cancel(false);
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        beats.shutdownNow();
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
