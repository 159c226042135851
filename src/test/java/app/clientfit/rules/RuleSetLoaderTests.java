package app.clientfit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.EvaluatorWorkbookTestRunner;
import app.clientfit.rules.problem.RuleProblem;

/** A broken change never replaces the rule set that serves; a good one does, and is recorded. */
class RuleSetLoaderTests {

    /** One rule file, valid; {@code %s} is its reason text, so that each formatted copy is a new version. */
    static final String VALID = """
            package clientfit.rules;
            import app.clientfit.facts.Verdict;
            rule "Verdict: review"
            when
                not Verdict()
            then
                insert(new Verdict(Verdict.REVIEW, "%s"));
            end
            """;
    private static final String BROKEN = VALID.replace("not Verdict()", "not Verdict(");

    @TempDir
    Path folder;

    private final ActiveRuleSet active = new ActiveRuleSet();
    private final RuleSetHistory history = new InMemoryRuleSetHistory();
    private RuleSetLoader loader;

    @BeforeEach
    void loader() {
        loader = new RuleSetLoader(new RulesProperties(folder, false, Duration.ofMillis(100)),
                new RuleSetCandidates(new EvaluatorWorkbookTestRunner(new Evaluator()), Clock.systemUTC()), active, history,
                Clock.systemUTC());
    }

    @Test
    void shouldLeaveNoRuleSetAndSayWhyForABrokenFolderAtStart() throws IOException {
        write(BROKEN);

        assertThatThrownBy(loader::reload).isInstanceOf(RuleSetInvalidException.class);

        assertThatThrownBy(active::require).isInstanceOfSatisfying(NoActiveRuleSetException.class,
                e -> assertThat(e.problems()).extracting(RuleProblem::source).containsOnly(folder.getFileName() + "/verdict.drl"));
        assertThat(active.lastFailure()).hasValueSatisfying(failure -> {
            assertThat(failure.files()).extracting(FileHash::path).containsExactly(folder.getFileName() + "/verdict.drl");
            assertThat(failure.version()).hasSize(12);
        });
        assertThat(history.versions()).isEmpty();
    }

    @Test
    void shouldKeepThePreviousVersionServingAfterABrokenChange() throws IOException {
        write(VALID.formatted("first"));
        String first = loader.reload().version();
        write(BROKEN);

        assertThatThrownBy(loader::reload).isInstanceOf(RuleSetInvalidException.class);

        assertThat(active.require().version()).isEqualTo(first);
        assertThat(active.lastAttempt()).map(ActiveRuleSet.Attempt::outcome).contains(ActiveRuleSet.AttemptResult.FAILED);
        assertThat(history.versions()).extracting(ActivatedVersion::version).containsExactly(first);
    }

    @Test
    void shouldActivateAFixedFolderAndRecordItNewestFirst() throws IOException {
        write(VALID.formatted("first"));
        String first = loader.reload().version();
        write(VALID.formatted("second"));

        String second = loader.reload().version();

        assertThat(second).isNotEqualTo(first);
        assertThat(active.require().version()).isEqualTo(second);
        assertThat(history.versions()).extracting(ActivatedVersion::version).containsExactly(second, first);
        assertThat(history.versions().get(0).files()).singleElement().satisfies(file -> assertThat(file.sha256()).hasSize(64));
    }

    @Test
    void shouldBuildNothingForAnUnchangedFolder() throws IOException {
        write(BROKEN);
        assertThat(loader.reloadIfChanged()).isEqualTo(RuleSetLoader.FolderCheck.ATTEMPTED);
        ActiveRuleSet.Attempt attempt = active.lastAttempt().orElseThrow();

        assertThat(loader.reloadIfChanged()).isEqualTo(RuleSetLoader.FolderCheck.UNCHANGED);
        assertThat(active.lastAttempt()).containsSame(attempt);
    }

    @Test
    void shouldRecordAnEarlierVersionAgainWhenTheFolderGoesBackToIt() throws IOException {
        write(VALID.formatted("first"));
        String first = loader.reload().version();
        write(VALID.formatted("second"));
        loader.reloadIfChanged();
        write(VALID.formatted("first"));

        loader.reloadIfChanged();

        assertThat(active.require().version()).isEqualTo(first);
        assertThat(history.versions()).hasSize(3).first().extracting(ActivatedVersion::version).isEqualTo(first);
    }

    @Test
    void shouldNameTheFolderWhenItIsMissing() throws IOException {
        Files.delete(folder);

        assertThatThrownBy(loader::reload).isInstanceOfSatisfying(RuleSetInvalidException.class,
                e -> assertThat(e.problems().get(0).message()).contains("does not exist"));
    }

    @Test
    void shouldNotWaitForAnotherBuildThatGoesOn() throws Exception {
        write(VALID.formatted("first"));
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RuleSetCandidates slow = new RuleSetCandidates(new EvaluatorWorkbookTestRunner(new Evaluator()), Clock.systemUTC()) {
            @Override
            public Candidate build(List<RuleFile> files, List<SkippedFile> skipped) {
                building.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.build(files, skipped);
            }
        };
        RuleSetLoader slowLoader = new RuleSetLoader(new RulesProperties(folder, false, Duration.ofMillis(100)), slow, active, history,
                Clock.systemUTC());
        CompletableFuture<RuleSet> reload = CompletableFuture.supplyAsync(slowLoader::reload);
        assertThat(building.await(60, TimeUnit.SECONDS)).isTrue();

        assertThat(slowLoader.reloadIfChanged()).isEqualTo(RuleSetLoader.FolderCheck.BUSY);

        release.countDown();
        assertThat(reload.get(60, TimeUnit.SECONDS).version()).isEqualTo(active.require().version());
    }

    private void write(String drl) throws IOException {
        Files.writeString(folder.resolve("verdict.drl"), drl);
    }
}
