package app.clientfit.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import app.clientfit.storage.StoredInstants;
import app.clientfit.storage.SqliteStore;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

    /**
     * Closed after the web server stopped and before the database is: what is waiting still commits.
     * Measured: how long a commit takes, how many evaluations it stores, and how many wait for one.
     */
    @Bean(destroyMethod = "close")
    @Conditional(AuditEnabled.class)
    GroupCommitWriter auditWriter(AuditWrites writes, AuditProperties properties, MeterRegistry registry) {
        Timer commits = Timer.builder("clientfit.audit.commit").description("Time one audit commit took").register(registry);
        DistributionSummary records = DistributionSummary.builder("clientfit.audit.commit.records")
                .description("Evaluations stored by one audit commit").register(registry);
        AuditStore measured = new AuditStore() {
            @Override
            public void insert(List<AuditRecord> batch) {
                commits.record(() -> writes.insert(batch));
                records.record(batch.size());
            }

            @Override
            public void delete(Collection<UUID> ids) {
                writes.delete(ids);
            }

            @Override
            public void probe() {
                writes.probe();
            }

            @Override
            public void reconnect() {
                writes.reconnect();
            }
        };
        GroupCommitWriter writer = new GroupCommitWriter(measured, properties.maxBatchSize(), properties.commitTimeout(),
                properties.probeInterval(), properties.maxCommitDelay());
        Gauge.builder("clientfit.audit.waiting", writer, GroupCommitWriter::waiting)
                .description("Evaluations waiting for the next audit commit").register(registry);
        return writer;
    }

    /** On SQLite: an earlier H2 trail carried over once the schema is there, before anything reads or writes the store. */
    @Bean
    FlywayMigrationStrategy migrateThenCarryOver(AuditProperties properties, StoredInstants instants, Clock clock) {
        return flyway -> {
            flyway.migrate();
            if (instants.sqlite() && !properties.carryOverFrom().isBlank()) {
                new H2TrailCarryOver(Path.of(properties.carryOverFrom()), instants, clock)
                        .carryInto(flyway.getConfiguration().getDataSource());
            }
        };
    }

    /** On SQLite: the write-ahead log moved into the file on a thread of its own, never inside a commit. */
    @Bean(destroyMethod = "close")
    @Conditional(SqliteStore.class)
    SqliteCheckpoints sqliteCheckpoints(DataSource store, AuditProperties properties, ObjectProvider<GroupCommitWriter> writer,
                                        MeterRegistry registry) {
        return new SqliteCheckpoints(store, properties.checkpointInterval(), writer.getIfAvailable(), registry);
    }
}
