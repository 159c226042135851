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
 * {@code clientfit.rules.watch=false}.
 */
@Component
class RuleFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RuleFolderWatcher.class);

    private final RulesProperties properties;
    private final RuleSetLoader loader;
    private final Clock clock;
    private volatile boolean running;
    private Thread thread;

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
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
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
                boolean changed = events.await(debounce.remaining(clock.instant())) | events.watchIfPossible();
                List<String> now = folder.stamp();
                if (changed || !now.equals(stamp)) { // the stamp catches file systems that send no events
                    debounce.changed(clock.instant());
                    stamp = now;
                }
                if (debounce.due(clock.instant())) {
                    debounce.reset();
                    look(debounce);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.error("Cannot watch the rule folder ({}); changes need POST /api/rules/reload", e.getMessage());
        }
    }

    private void look(Debounce debounce) {
        try {
            if (loader.reloadIfChanged() == RuleSetLoader.Look.STILL_CHANGING) {
                debounce.changed(clock.instant());
            }
        } catch (RuntimeException e) {
            log.error("Building the changed rule files failed unexpectedly; the active rule set keeps serving", e);
        }
    }
}
