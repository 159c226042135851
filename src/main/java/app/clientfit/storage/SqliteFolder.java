package app.clientfit.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Creates the folder of a SQLite file before the first connection opens it: SQLite creates the file but not its
 * folder, and would only say it cannot open the database. H2 and PostgreSQL need nothing of this.
 */
@Component
public class SqliteFolder implements BeanPostProcessor {

    private static final String PREFIX = "jdbc:sqlite:";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            fileOf(pool.getJdbcUrl()).map(Path::toAbsolutePath).map(Path::getParent).ifPresent(SqliteFolder::create);
        }
        return bean;
    }

    /** The file a SQLite URL names; none for another database or one kept in memory. */
    public static Optional<Path> fileOf(String url) {
        if (!url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String name = url.substring(PREFIX.length());
        int query = name.indexOf('?');
        String parameters = query < 0 ? "" : name.substring(query + 1);
        name = query < 0 ? name : name.substring(0, query);
        name = name.startsWith("file:") ? name.substring("file:".length()) : name;
        if (name.isEmpty() || name.equals(":memory:") || parameters.contains("mode=memory")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(name));
    }

    private static void create(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("the folder " + folder + " for the SQLite audit store cannot be created", e);
        }
    }
}
