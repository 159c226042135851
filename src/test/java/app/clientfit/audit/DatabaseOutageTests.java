package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.web.ErrorResponseException;

/** The audit writer while its database cannot take records: answers at once, stores nothing it refused, recovers. */
class DatabaseOutageTests {

    private static final Duration PROBE = Duration.ofMillis(100);

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final FakeDatabase database = new FakeDatabase();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void shouldFailAWholeBatchWithOneAttemptWhenTheConnectionFails() throws Exception {
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 100, Duration.ofSeconds(30), PROBE)) {
            failsWaitingRecordsAtOnce(writer, new CannotGetJdbcConnectionException("Connection refused"), false);

            assertThat(database.inserts).hasValue(1);
            assertThat(writer.unavailableSince()).isPresent();
        }
    }

    @Test
    void shouldFailAWholeBatchWithOneAttemptWhenTheDiskIsFull() throws Exception {
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 100, Duration.ofSeconds(30), PROBE)) {
            failsWaitingRecordsAtOnce(writer, new UncategorizedSQLException("insert", "insert into evaluation",
                    new SQLException("No space left on device", "HY000", 50000)), true);

            assertThat(database.inserts).as("the held commit, then the waiting records in one more").hasValueLessThanOrEqualTo(2);
            assertThat(database.stored).isEmpty();
        }
    }

    /** Holds one commit while five records wait behind it, then lets the database fail them all. */
    private void failsWaitingRecordsAtOnce(GroupCommitWriter writer, RuntimeException failure, boolean onlyInserts) throws Exception {
        database.holdNextInsert();
        List<Future<?>> writes = new ArrayList<>();
        writes.add(callers.submit(() -> writer.write(record("first"))));
        database.insertStarted.await();
        database.failWith(failure, onlyInserts);
        for (int i = 0; i < 5; i++) {
            writes.add(callers.submit(() -> writer.write(record("waiting"))));
        }
        await().until(() -> writer.waiting() == 5);
        database.releaseInsert.countDown();

        for (Future<?> write : writes) {
            assertThatThrownBy(write::get).cause().isInstanceOfSatisfying(ErrorResponseException.class, DatabaseOutageTests::isRetryLater);
        }
    }

    @Test
    void shouldAnswerWithoutTryingWhileUnavailableAndStoreAgainOnceTheDatabaseAnswers() throws Exception {
        database.failWith(new CannotGetJdbcConnectionException("Connection refused"), false);
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 100, Duration.ofSeconds(30), PROBE)) {
            assertThatThrownBy(() -> writer.write(record("first"))).isInstanceOf(ErrorResponseException.class);
            await().until(() -> writer.unavailableSince().isPresent());
            int triedBefore = database.inserts.get();

            assertThatThrownBy(() -> writer.write(record("meanwhile"))).isInstanceOf(ErrorResponseException.class);
            assertThat(database.inserts).hasValue(triedBefore);
            assertThat(new AuditHealthIndicator(writer).health().getStatus()).isEqualTo(Status.DOWN);

            database.failWith(null, false);
            await().until(() -> writer.unavailableSince().isEmpty());
            assertThat(database.reconnects).as("pooled connections let go of before probing").hasPositiveValue();
            AuditRecord later = record("later");
            writer.write(later);
            assertThat(database.stored).containsExactly(later.id());
            assertThat(new AuditHealthIndicator(writer).health().getStatus()).isEqualTo(Status.UP);
        }
    }

    @Test
    void shouldDeleteRecordsWhoseCommitFailedWithTheConnectionBeforeStoringAgain() throws Exception {
        database.storeThenFailWith(new CannotGetJdbcConnectionException("connection reset after commit"));
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 100, Duration.ofSeconds(30), PROBE)) {
            AuditRecord inDoubt = record("in-doubt");
            assertThatThrownBy(() -> writer.write(inDoubt)).isInstanceOf(ErrorResponseException.class);

            await().until(() -> database.deleted.contains(inDoubt.id()));
            writer.write(record("later"));

            assertThat(database.deleted).contains(inDoubt.id());
            assertThat(database.stored).doesNotContain(inDoubt.id()).hasSize(1);
        }
    }

    @Test
    void shouldDeleteRecordsWhoseCommitWentThroughButReportedAnyOtherFailure() throws Exception {
        database.storeThenFailWith(new IllegalStateException("commit outcome unknown"));
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 100, Duration.ofSeconds(30), PROBE)) {
            AuditRecord inDoubt = record("in-doubt");

            assertThatThrownBy(() -> writer.write(inDoubt)).isInstanceOf(ErrorResponseException.class);

            assertThat(database.stored).as("deleted before the caller heard 503").doesNotContain(inDoubt.id());
            assertThat(database.deleted).contains(inDoubt.id());
            assertThat(writer.unavailableSince()).as("the database answered the delete").isEmpty();
        }
    }

    @Test
    void shouldKeepARecordInDoubtWhenItsCommitAndItsDeletionBothFail() throws Exception {
        database.storeThenFailWith(new IllegalStateException("commit outcome unknown"));
        database.failDeletes(new IllegalStateException("connection lost"));
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 100, Duration.ofSeconds(30), PROBE)) {
            AuditRecord inDoubt = record("in-doubt");
            assertThatThrownBy(() -> writer.write(inDoubt)).isInstanceOf(ErrorResponseException.class);
            assertThat(writer.unavailableSince()).as("no record is stored while one of a 503 may remain").isPresent();

            database.failDeletes(null);
            await().until(() -> writer.unavailableSince().isEmpty());
            writer.write(record("later"));

            assertThat(database.stored).doesNotContain(inDoubt.id()).hasSize(1);
        }
    }

    @Test
    void shouldNeverStoreARecordWhoseCallerGaveUpBeforeTheWriterTookIt() throws Exception {
        database.holdNextInsert();
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 100, Duration.ofSeconds(1), PROBE)) {
            AuditRecord held = record("held");
            Future<?> first = callers.submit(() -> writer.write(held));
            database.insertStarted.await();
            AuditRecord givenUp = record("given-up");

            assertThatThrownBy(() -> writer.write(givenUp)).isInstanceOf(ErrorResponseException.class);
            database.releaseInsert.countDown();
            first.get();
            writer.write(record("after"));

            assertThat(database.stored).contains(held.id()).doesNotContain(givenUp.id());
        }
    }

    @Test
    void shouldDeleteARecordWhoseCallerStoppedWaitingForItsCommit() throws Exception {
        database.holdNextInsert();
        try (GroupCommitWriter writer = new GroupCommitWriter(database, 100, Duration.ofMillis(500), PROBE)) {
            AuditRecord abandoned = record("abandoned");
            Future<?> write = callers.submit(() -> writer.write(abandoned));
            database.insertStarted.await();

            assertThatThrownBy(write::get).cause().isInstanceOf(ErrorResponseException.class);
            database.releaseInsert.countDown();

            await().until(() -> database.deleted.contains(abandoned.id()));
            assertThat(database.stored).doesNotContain(abandoned.id());
        }
    }

    private static void isRetryLater(ErrorResponseException e) {
        assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(e.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    }

    private static AuditRecord record(String clientId) {
        return new AuditRecord(UUID.randomUUID(), Instant.parse("2026-11-23T10:15:30Z"), clientId, "GOOD", 20, "abc", null, "r-1",
                "{}", "[]", "[]");
    }

    /** A database that can be made to refuse, to fail after committing, or to hold one insert. */
    private static final class FakeDatabase implements AuditStore {
        final Set<UUID> stored = ConcurrentHashMap.newKeySet();
        final Set<UUID> deleted = ConcurrentHashMap.newKeySet();
        final AtomicInteger inserts = new AtomicInteger();
        final AtomicInteger reconnects = new AtomicInteger();
        final CountDownLatch insertStarted = new CountDownLatch(1);
        final CountDownLatch releaseInsert = new CountDownLatch(1);
        private volatile boolean hold;
        private volatile RuntimeException failure;
        private volatile boolean storeBeforeFailing;
        private volatile boolean onlyInserts;
        private volatile RuntimeException deleteFailure;

        void holdNextInsert() {
            hold = true;
        }

        void failWith(RuntimeException failure, boolean onlyInserts) {
            this.failure = failure;
            this.onlyInserts = onlyInserts;
            this.storeBeforeFailing = false;
        }

        void failDeletes(RuntimeException failure) {
            deleteFailure = failure;
        }

        /** Once: the insert goes through, but the caller hears of a broken connection. */
        void storeThenFailWith(RuntimeException failure) {
            this.failure = failure;
            this.onlyInserts = true;
            this.storeBeforeFailing = true;
        }

        @Override
        public void insert(List<AuditRecord> records) {
            inserts.incrementAndGet();
            if (hold) {
                hold = false;
                insertStarted.countDown();
                try {
                    releaseInsert.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            RuntimeException current = failure;
            if (current == null || storeBeforeFailing) {
                records.forEach(record -> stored.add(record.id()));
            }
            if (current != null) {
                if (storeBeforeFailing) {
                    failWith(null, false);
                }
                throw current;
            }
        }

        @Override
        public void delete(Collection<UUID> ids) {
            probe();
            if (deleteFailure != null) {
                throw deleteFailure;
            }
            stored.removeAll(ids);
            deleted.addAll(ids);
        }

        @Override
        public void reconnect() {
            reconnects.incrementAndGet();
        }

        @Override
        public void probe() {
            RuntimeException current = failure;
            if (current != null && !onlyInserts) {
                throw current;
            }
        }
    }
}
