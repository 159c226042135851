package app.clientfit.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Deletes evaluation records older than the retention period, on the configured schedule, on one instance at a time. */
@Component
class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final AuditWrites writes;
    private final AuditProperties properties;
    private final Clock clock;

    RetentionPurge(AuditWrites writes, AuditProperties properties, Clock clock) {
        this.writes = writes;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${clientfit.audit.retention-cron:0 30 3 * * *}")
    @SchedulerLock(name = "retention-purge")
    void purgeOnSchedule() {
        purge();
    }

    /** @return how many records were purged */
    int purge() {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(properties.retention()).toInstant();
        int purged = writes.purgeBefore(cutoff);
        log.info("Retention: {} evaluation record(s) older than {} ({}) purged", purged, properties.retention(), cutoff);
        return purged;
    }
}
