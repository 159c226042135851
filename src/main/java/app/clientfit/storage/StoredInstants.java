package app.clientfit.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the service's database (audit and cluster tables) keeps an instant. H2 and PostgreSQL take and give a timestamp with time zone. SQLite has
 * no type for time and its driver binds other objects through {@code toString}, whose length varies with the
 * instant; there an instant is text of one fixed length (UTC, microseconds), so text order is time order.
 */
@Component
public class StoredInstants {

    private static final DateTimeFormatter FIXED_TEXT = new DateTimeFormatterBuilder().appendInstant(6).toFormatter();

    private final boolean asText;

    public StoredInstants(@Value("${spring.datasource.url:}") String url) {
        this.asText = SqliteStore.isSqlite(url);
    }

    /** Whether the store is SQLite, whose instants are text. */
    public boolean sqlite() {
        return asText;
    }

    /** The value to bind for a parameter compared with or stored in a time column. */
    public Object bind(Instant instant) {
        return asText ? FIXED_TEXT.format(instant) : instant.atOffset(ZoneOffset.UTC);
    }

    public Instant read(ResultSet row, String column) throws SQLException {
        return asText ? Instant.parse(row.getString(column)) : row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
