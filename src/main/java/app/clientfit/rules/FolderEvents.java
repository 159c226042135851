package app.clientfit.rules;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The changes in the rule folder and its subfolders that matter: rule files created, changed, deleted or
 * renamed, and folders. Office lock files ({@code ~$x.xlsx}, {@code .~lock.x#}) and an editor's own
 * temporary files are not worth a build.
 */
final class FolderEvents implements Closeable {

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    FolderEvents(Path root) throws IOException {
        this.root = root;
        this.service = root.getFileSystem().newWatchService();
    }

    /** Watches the folder when it exists and is not watched yet; true when that just happened. */
    boolean watchIfPossible() {
        if (folders.containsValue(root) || !Files.isDirectory(root)) {
            return false;
        }
        register(root);
        return folders.containsValue(root);
    }

    /** Waits up to the timeout for changes and takes all that are there; true when one of them matters. */
    boolean await(Duration timeout) throws InterruptedException {
        WatchKey key = service.poll(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        boolean matters = false;
        while (key != null) {
            matters |= handle(key);
            key = service.poll();
        }
        return matters;
    }

    private boolean handle(WatchKey key) {
        Path folder = folders.get(key);
        boolean matters = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                matters = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                register(changed);
            }
            matters |= matters(changed.getFileName().toString());
        }
        if (!key.reset()) {
            folders.remove(key);
            matters = true; // a folder went away
        }
        return matters;
    }

    /** Rule files and names without an extension (folders, some editors' temporary files) count. */
    static boolean matters(String name) {
        return !RuleFileNames.isLockOrHidden(name) && (RuleFile.kindOf(name) != null || !name.contains("."));
    }

    private void register(Path folder) {
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path dir : tree.filter(Files::isDirectory).toList()) {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
            }
        } catch (IOException | RuntimeException e) {
            // gone again before it could be watched: the next look registers it
        }
    }

    List<Path> watched() {
        return List.copyOf(folders.values());
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
