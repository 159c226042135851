package app.clientfit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import app.clientfit.facts.Client;
import app.clientfit.facts.Stage;

/** Working memories are reused from the rule set's pool; nothing of one execution reaches the next. */
class PooledSessionsTests {

    private final RuleSet ruleSet = new RuleSetCompiler(Clock.systemUTC()).compile(new RuleFolder(Path.of("rules")).read());

    @Test
    void shouldNotifyOnlyTheListenersOfItsOwnSession() {
        AtomicInteger first = new AtomicInteger();
        run(nagger("a"), counting(first));
        int firedForFirst = first.get();

        AtomicInteger second = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            run(nagger("b" + i), counting(second));
        }

        assertThat(firedForFirst).isPositive();
        assertThat(first.get()).as("the first listener heard nothing of later executions").isEqualTo(firedForFirst);
        assertThat(second.get()).isEqualTo(5 * firedForFirst);
    }

    @Test
    void shouldStartEveryExecutionWithAnEmptyWorkingMemory() {
        AtomicInteger fired = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            AtomicInteger thisTime = new AtomicInteger();
            run(nagger("c" + i), counting(thisTime));
            if (i == 0) {
                fired.set(thisTime.get());
            }
            assertThat(thisTime.get()).as("rules fired in execution %d", i).isEqualTo(fired.get());
        }
    }

    @Test
    void shouldReuseAWorkingMemoryThatWasGivenBack() {
        KieSession first = ruleSet.borrowSession();
        ruleSet.giveBack(first);

        KieSession next = ruleSet.borrowSession();

        assertThat(next).isSameAs(first);
        ruleSet.giveBack(next);
    }

    @Test
    void shouldNeverHandOutADiscardedWorkingMemoryAgain() {
        KieSession discarded = ruleSet.borrowSession();
        discarded.insert(nagger("d"));
        ruleSet.discard(discarded);

        KieSession next = ruleSet.borrowSession();
        ruleSet.giveBack(next);

        assertThat(next).isNotSameAs(discarded);
        assertThat(ruleSet.borrowSession()).isSameAs(next).satisfies(session -> assertThat(session.getFactCount()).isZero());
    }

    private void run(Client client, DefaultAgendaEventListener listener) {
        KieSession session = ruleSet.borrowSession();
        session.addEventListener(listener);
        session.insert(client);
        session.fireAllRules();
        ruleSet.giveBack(session);
    }

    private static DefaultAgendaEventListener counting(AtomicInteger counter) {
        return new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                counter.incrementAndGet();
            }
        };
    }

    private static Client nagger(String id) {
        Client client = new Client();
        client.setClientId(id);
        client.setStage(Stage.ACTIVE);
        client.setComplaintsPerMonth(5);
        return client;
    }
}
