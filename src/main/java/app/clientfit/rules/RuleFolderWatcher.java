package app.clientfit.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the rule folder while the service runs and hands a change, once the folder has been quiet for
 * the debounce period, to the loader, which builds, tests and swaps it in the background. Changes are
 * seen through file system events and, for file systems that send none (network shares, some container
 * mounts), by comparing the rule files' names, sizes and times every debounce period. Switched off with
 * {@code clientfit.rules.watch=false}. Nothing that goes wrong in a build ends the watching: it is logged
 * with its cause, and the build is tried once more.
 */
@Component
class RuleFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RuleFolderWatcher.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final RulesProperties properties;
    private final RuleSetLoader loader;
    private final Clock clock;
    private volatile boolean running;
    private Thread thread;
    private boolean retried;

    RuleFolderWatcher(RulesProperties properties, RuleSetLoader loader, Clock clock) {
        this.properties = properties;
        this.loader = loader;
        this.clock = clock;
    }

    @Override
    public void start() {
        if (!properties.watch()) {
            log.info("Not watching the rule folder (clientfit.rules.watch=false); reload with POST /api/rules/reload");
            return;
        }
        running = true;
        thread = new Thread(this::watch, "rule-folder-watcher");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((watcher, e) ->
                log.error("Watching the rule folder stopped unexpectedly; changes need POST /api/rules/reload", e));
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(STOP_WAIT.toMillis()); // a build in progress is bounded; the thread is a daemon anyway
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void watch() {
        Debounce debounce = new Debounce(properties.debounce());
        RuleFolder folder = new RuleFolder(properties.dir());
        List<String> stamp = folder.stamp();
        try (FolderEvents events = new FolderEvents(folder.directory())) {
            if (events.watchIfPossible()) {
                log.info("Watching {} for changes (debounce {} ms)", events.watched().get(0), properties.debounce().toMillis());
            }
            while (running) {
                try {
                    stamp = step(events, folder, debounce, stamp);
                } catch (ClosedWatchServiceException e) {
                    throw e;
                } catch (RuntimeException | Error e) { // watching must outlive anything; an interruption ends it
                    log.error("Watching the rule folder failed unexpectedly; watching goes on", e);
                    Thread.sleep(properties.debounce().toMillis());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.error("Cannot watch the rule folder ({}); changes need POST /api/rules/reload", e.getMessage());
        }
    }

    /** Waits for a change or for the debounce to be due, and builds when it is; answers the folder's stamp. */
    private List<String> step(FolderEvents events, RuleFolder folder, Debounce debounce, List<String> stamp) throws InterruptedException {
        boolean changed = events.await(debounce.remaining(clock.instant())) | events.watchIfPossible();
        List<String> now = folder.stamp();
        if (changed || !now.equals(stamp)) { // the stamp catches file systems that send no events
            debounce.changed(clock.instant());
        }
        if (debounce.due(clock.instant())) {
            debounce.reset();
            look(debounce);
        }
        return now;
    }

    /**
     * Builds the folder when it changed. A build that fails unexpectedly (any exception or error, not a
     * rule problem: those are recorded as a failed attempt) is tried once more after the debounce period,
     * then only after the next change.
     */
    private void look(Debounce debounce) {
        try {
            RuleSetLoader.FolderCheck check = loader.reloadIfChanged();
            if (check == RuleSetLoader.FolderCheck.STILL_CHANGING || check == RuleSetLoader.FolderCheck.BUSY) {
                debounce.changed(clock.instant());
            }
            retried = false;
        } catch (Throwable e) {
            log.error("Building the changed rule files failed unexpectedly; the active rule set keeps serving; {}",
                    retried ? "the next change of the folder or POST /api/rules/reload builds again" : "trying once more", e);
            if (!retried) {
                retried = true;
                debounce.changed(clock.instant());
            }
        }
    }
}
