package app.clientfit.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches the rule folder while the service runs and hands a change, once the folder has been quiet for
 * the debounce period, to the loader, which builds, tests and swaps it in the background. Switched off
 * with {@code clientfit.rules.watch=false}.
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
        try (FolderEvents events = new FolderEvents(new RuleFolder(properties.dir()).directory())) {
            if (events.watchIfPossible()) {
                log.info("Watching {} for changes (debounce {} ms)", events.watched().get(0), properties.debounce().toMillis());
            }
            while (running) {
                if (events.await(debounce.remaining(clock.instant())) || events.watchIfPossible()) {
                    debounce.changed(clock.instant());
                }
                if (debounce.due(clock.instant())) {
                    debounce.reset();
                    look(debounce);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.error("Cannot watch the rule folder; changes need POST /api/rules/reload", e);
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
