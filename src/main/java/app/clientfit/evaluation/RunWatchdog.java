package app.clientfit.evaluation;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread for the whole service that looks at every rule run a few times a second (see
 * {@link RunWatch}). A run costs it two uncontended locks, at its start and its end; neither the time
 * nor the memory is read at every firing.
 */
final class RunWatchdog {

    private static final Logger log = LoggerFactory.getLogger(RunWatchdog.class);
    /** How often runs are looked at: a run over its time limit halts at most this much later. */
    static final Duration SCAN = Duration.ofMillis(50);
    /** How long a run over its limit has to reach a firing and halt there before its thread is stopped. */
    static final Duration GRACE = Duration.ofMillis(500);
    private static final RunWatchdog SHARED = new RunWatchdog();

    private final Set<RunWatch> watches = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<RunWatch> ofThisThread = ThreadLocal.withInitial(this::register);
    private Thread scanner;

    static RunWatchdog shared() {
        return SHARED;
    }

    /** The watch over the runs of the current thread. */
    RunWatch ofCurrentThread() {
        return ofThisThread.get();
    }

    private RunWatch register() {
        RunWatch watch = new RunWatch(Thread.currentThread());
        watches.add(watch);
        startScanner();
        return watch;
    }

    private synchronized void startScanner() {
        if (scanner == null) {
            scanner = new Thread(this::scan, "rule-run-watchdog");
            scanner.setDaemon(true);
            scanner.setUncaughtExceptionHandler((watchdog, e) -> log.error("The rule run watchdog stopped unexpectedly", e));
            scanner.start();
        }
    }

    private void scan() {
        while (true) {
            LockSupport.parkNanos(SCAN.toNanos());
            Thread.interrupted(); // nobody should, but an interrupted park would spin
            long now = System.nanoTime();
            for (RunWatch watch : watches) {
                try {
                    if (!watch.belongsToLiveThread()) {
                        watches.remove(watch);
                    } else {
                        watch.check(now, GRACE);
                    }
                } catch (Throwable e) { // the watchdog must outlive anything
                    log.error("Looking at a rule run failed; the watchdog goes on", e);
                }
            }
        }
    }
}
