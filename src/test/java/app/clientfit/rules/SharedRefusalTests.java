package app.clientfit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.EvaluatorWorkbookTestRunner;
import app.clientfit.rules.problem.RuleProblem;

/** Instances sharing one database: a version one of them refused is activated by no other, unless asked for. */
class SharedRefusalTests {

    private static final String VALID = RuleSetLoaderTests.VALID;

    @TempDir
    Path folder;

    private final ActiveRuleSet active = new ActiveRuleSet();
    private final SharedBoard board = new SharedBoard();
    private RuleSetLoader loader;

    @BeforeEach
    void loader() {
        loader = new RuleSetLoader(new RulesProperties(folder, false, Duration.ofMillis(100)),
                new RuleSetCandidates(new EvaluatorWorkbookTestRunner(new Evaluator()), Clock.systemUTC()), active,
                new InMemoryRuleSetHistory(), Clock.systemUTC(), board);
    }

    @Test
    void shouldNotActivateAChangeAnotherInstanceRefused() throws IOException {
        write(VALID.formatted("first"));
        String first = loader.reload().version();
        write(VALID.formatted("second"));
        String second = RuleSetVersion.of(new RuleFolder(folder).read());
        board.refusedElsewhere.put(second, "node b refused it: a test ran out of time");

        assertThat(loader.reloadIfChanged()).isEqualTo(RuleSetLoader.FolderCheck.ATTEMPTED);

        assertThat(active.require().version()).isEqualTo(first);
        assertThat(active.lastFailure()).hasValueSatisfying(failure ->
                assertThat(failure.problems()).extracting(RuleProblem::message).containsExactly("node b refused it: a test ran out of time"));
        assertThat(board.refusedHere).as("not refused again by this one").isEmpty();
    }

    @Test
    void shouldActivateARefusedVersionWhenAReloadIsAskedForAndClearTheRefusal() throws IOException {
        write(VALID.formatted("first"));
        String version = RuleSetVersion.of(new RuleFolder(folder).read());
        board.refusedElsewhere.put(version, "node b refused it");

        assertThat(loader.reload().version()).isEqualTo(version);
        assertThat(board.accepted).containsExactly(version);
    }

    @Test
    void shouldTellTheOtherInstancesOfAVersionItRefused() throws IOException {
        write(VALID.formatted("first"));
        loader.reload();
        write(VALID.replace("not Verdict()", "not Verdict("));

        loader.reloadIfChanged();

        String broken = RuleSetVersion.of(new RuleFolder(folder).read());
        assertThat(board.refusedHere).containsOnlyKeys(broken);
        assertThat(board.refusedHere.get(broken)).isNotEmpty();
    }

    private void write(String drl) throws IOException {
        Files.writeString(folder.resolve("verdict.drl"), drl);
    }

    private static final class SharedBoard implements VersionRefusals {
        final Map<String, String> refusedElsewhere = new ConcurrentHashMap<>();
        final Map<String, List<RuleProblem>> refusedHere = new ConcurrentHashMap<>();
        final List<String> accepted = new CopyOnWriteArrayList<>();

        @Override
        public Optional<String> refusedElsewhere(String version) {
            return Optional.ofNullable(refusedElsewhere.get(version));
        }

        @Override
        public void refused(String version, List<RuleProblem> problems) {
            refusedHere.put(version, problems);
        }

        @Override
        public void accepted(String version) {
            accepted.add(version);
        }
    }
}
