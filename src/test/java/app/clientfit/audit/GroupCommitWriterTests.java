package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class GroupCommitWriterTests {

    private final List<List<AuditRecord>> commits = Collections.synchronizedList(new ArrayList<>());

    @Test
    void shouldReturnOnlyOnceTheRecordIsCommitted() throws Exception {
        try (GroupCommitWriter writer = new GroupCommitWriter(commits::add, 10, Duration.ofSeconds(30))) {
            AuditRecord record = record("acme");

            writer.write(record);

            assertThat(commits).containsExactly(List.of(record));
        }
    }

    @Test
    void shouldShareOneCommitAmongTheRecordsThatWaitedForIt() throws Exception {
        CountDownLatch firstCommitHeld = new CountDownLatch(1);
        CountDownLatch releaseFirstCommit = new CountDownLatch(1);
        GroupCommitWriter writer = new GroupCommitWriter(batch -> {
            if (commits.isEmpty()) {
                firstCommitHeld.countDown();
                await(releaseFirstCommit);
            }
            commits.add(batch);
        }, 100, Duration.ofSeconds(30));
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try (writer) {
            Future<?> first = callers.submit(() -> writer.write(record("first")));
            firstCommitHeld.await();
            List<Future<?>> others = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                others.add(callers.submit(() -> writer.write(record("other"))));
            }
            releaseOnceWaiting(writer, 5, releaseFirstCommit, first, others);
        } finally {
            callers.shutdownNow();
        }

        assertThat(commits).hasSize(2);
        assertThat(commits.get(1)).hasSize(5).allMatch(r -> r.clientId().equals("other"));
    }

    @Test
    void shouldWaitForRecordsStillArrivingOnlyAfterACommitThatHeldSeveral() throws Exception {
        CountDownLatch firstCommitHeld = new CountDownLatch(1);
        CountDownLatch releaseFirstCommit = new CountDownLatch(1);
        GroupCommitWriter writer = new GroupCommitWriter(batch -> {
            if (batch.get(0).clientId().equals("held")) {
                firstCommitHeld.countDown();
                await(releaseFirstCommit);
            }
            commits.add(batch);
        }, 100, Duration.ofSeconds(30), GroupCommitWriter.DEFAULT_PROBE_INTERVAL, Duration.ofSeconds(1));
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try (writer) {
            // alone: committed without waiting for company
            writer.write(record("alone"));
            Future<?> held = callers.submit(() -> writer.write(record("held")));
            firstCommitHeld.await();
            List<Future<?>> pair = List.of(callers.submit(() -> writer.write(record("pair"))), callers.submit(() -> writer.write(record("pair"))));
            releaseOnceWaiting(writer, 2, releaseFirstCommit, held, pair);
            // the last commit held two: the next one waits for the records that arrive during its delay
            Future<?> early = callers.submit(() -> writer.write(record("early")));
            while (writer.waiting() > 0 || commits.size() < 3) {
                Thread.onSpinWait();
            }
            Thread.sleep(50);
            Future<?> late = callers.submit(() -> writer.write(record("late")));
            early.get();
            late.get();
        } finally {
            callers.shutdownNow();
        }

        assertThat(commits).extracting(List::size).containsExactly(1, 1, 2, 2);
        assertThat(commits.get(3)).extracting(AuditRecord::clientId).containsExactly("early", "late");
    }

    @Test
    void shouldFailOnlyTheRecordTheDatabaseRefuses() throws Exception {
        AuditRecord refused = record("refused");
        CountDownLatch bothWaiting = new CountDownLatch(1);
        Set<AuditRecord> handedToTheDatabase = ConcurrentHashMap.newKeySet();
        GroupCommitWriter writer = new GroupCommitWriter(batch -> {
            handedToTheDatabase.addAll(batch);
            await(bothWaiting);
            if (batch.contains(refused)) {
                throw new IllegalStateException("constraint violated");
            }
            commits.add(batch);
        }, 100, Duration.ofSeconds(30));
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (writer) {
            AuditRecord accepted = record("accepted");
            Future<?> good = callers.submit(() -> writer.write(accepted));
            Future<?> bad = callers.submit(() -> writer.write(refused));
            while (writer.waiting() + handedToTheDatabase.size() < 2) {
                Thread.onSpinWait();
            }
            bothWaiting.countDown();

            good.get();
            assertThatThrownBy(bad::get).hasCauseInstanceOf(ErrorResponseException.class);
            assertThat(commits).flatExtracting(batch -> batch).containsExactly(accepted);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void shouldAnswerServiceUnavailableWhenTheStoreFails() throws Exception {
        try (GroupCommitWriter writer = new GroupCommitWriter(batch -> {
            throw new IllegalStateException("database down");
        }, 10, Duration.ofSeconds(30))) {
            assertThatThrownBy(() -> writer.write(record("acme")))
                    .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        }
    }

    @Test
    void shouldRefuseRecordsOnceClosed() throws Exception {
        GroupCommitWriter writer = new GroupCommitWriter(commits::add, 10, Duration.ofSeconds(30));
        writer.close();

        assertThatThrownBy(() -> writer.write(record("late"))).isInstanceOf(ErrorResponseException.class);
        assertThat(commits).isEmpty();
    }

    @Test
    void shouldRunAnErasureOnlyAfterTheRecordsThatWereWaitingAreCommitted() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstCommitHeld = new CountDownLatch(1);
        CountDownLatch releaseFirstCommit = new CountDownLatch(1);
        GroupCommitWriter writer = new GroupCommitWriter(batch -> {
            if (events.isEmpty()) {
                firstCommitHeld.countDown();
                await(releaseFirstCommit);
            }
            batch.forEach(r -> events.add("stored " + r.clientId()));
        }, 100, Duration.ofSeconds(30));
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try (writer) {
            Future<?> first = callers.submit(() -> writer.write(record("first")));
            firstCommitHeld.await();
            Future<?> waiting = callers.submit(() -> writer.write(record("gone")));
            while (writer.waiting() < 1) {
                Thread.onSpinWait();
            }
            Future<Integer> erasure = callers.submit(() -> writer.afterWaitingRecords(() -> {
                events.add("erased gone");
                return 1;
            }, Duration.ofSeconds(30)));
            while (writer.waiting() < 2) {
                Thread.onSpinWait();
            }
            releaseFirstCommit.countDown();
            first.get();
            waiting.get();

            assertThat(erasure.get()).isEqualTo(1);
            writer.write(record("later"));
        } finally {
            callers.shutdownNow();
        }

        assertThat(events).containsExactly("stored first", "stored gone", "erased gone", "stored later");
    }

    @Test
    void shouldPassOnWhyAnErasureFailed() throws Exception {
        try (GroupCommitWriter writer = new GroupCommitWriter(commits::add, 10, Duration.ofSeconds(30))) {
            assertThatThrownBy(() -> writer.afterWaitingRecords(() -> {
                throw new IllegalStateException("database gone");
            }, Duration.ofSeconds(5))).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
            writer.write(record("still-written"));
        }
        assertThat(commits).hasSize(1);
    }

    /** Once that many records wait behind the held commit, releases it and waits for the held caller and the waiting ones. */
    private static void releaseOnceWaiting(GroupCommitWriter writer, int waiting, CountDownLatch release, Future<?> held,
                                           List<Future<?>> callers) throws Exception {
        while (writer.waiting() < waiting) {
            Thread.onSpinWait();
        }
        release.countDown();
        held.get();
        for (Future<?> caller : callers) {
            caller.get();
        }
    }

    private static AuditRecord record(String clientId) {
        return new AuditRecord(UUID.randomUUID(), Instant.parse("2026-11-23T10:15:30Z"), clientId, "GOOD", 20, "abc", null, "r-1",
                "{}", "[]", "[]");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
