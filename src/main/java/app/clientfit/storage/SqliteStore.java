package app.clientfit.storage;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Whether the audit is kept in SQLite, told by the data source's URL. */
public final class SqliteStore implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isSqlite(context.getEnvironment().getProperty("spring.datasource.url", ""));
    }

    public static boolean isSqlite(String url) {
        return DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.SQLITE;
    }
}
