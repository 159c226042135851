package app.clientfit.rules;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.clientfit.rules.problem.RuleProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Rules")
@RestController
@RequestMapping("/api/rules")
class RulesController {

    record SourceView(String path, RuleKind kind, String sha256) {
    }

    record RuleView(String name, String source, String location) {
    }

    /**
     * @param files   every file that was tried
     * @param changed the files that were new or different from the active rule set's
     * @param removed the active rule set's files that were missing
     */
    record FailureView(Instant at, String version, List<FileHash> files, List<String> changed, List<String> removed,
                       List<RuleProblem> errors) {
    }

    /** @param skipped the files of the rule folder the last build did not read, with the reason and what to do */
    record RulesView(String version, Instant activatedAt, List<SourceView> sources, List<RuleView> rules,
                     List<RuleProblem> warnings, ActiveRuleSet.Attempt lastAttempt, FailureView lastFailure,
                     List<SkippedFile> skipped, ActivationImpact activationImpact) {
    }

    record ReloadView(String version, Instant activatedAt, int rules, List<RuleProblem> warnings) {
    }

    private final ActiveRuleSet active;
    private final RuleSetLoader loader;
    private final RuleSetHistory history;
    private final RuleLint lint;
    private final ObjectProvider<ActivationImpacts> impacts;

    RulesController(ActiveRuleSet active, RuleSetLoader loader, RuleSetHistory history, RuleLint lint,
                    ObjectProvider<ActivationImpacts> impacts) {
        this.active = active;
        this.loader = loader;
        this.history = history;
        this.lint = lint;
        this.impacts = impacts;
    }

    /** The active rule set, the last attempt to change it, and the last one that failed. */
    @Operation(summary = "Show the active rule set", description = """
            Its version, files and rules with their places, its warnings, the last attempt to change it and \
            the last one that failed, the files of the rule folder that are not read, with the reason, and \
            activationImpact: how many clients this version decides otherwise than the one before it, replayed from \
            the audit after it was activated (COACH).""")
    @GetMapping
    RulesView rules() {
        RuleSet ruleSet = active.require();
        List<FileHash> serving = FileHash.of(ruleSet.sources());
        FailureView failure = active.lastFailure()
                .map(f -> new FailureView(f.at(), f.version(), f.files(),
                        f.files().stream().filter(file -> !serving.contains(file)).map(FileHash::path).toList(),
                        serving.stream().map(FileHash::path).filter(path -> f.files().stream().noneMatch(file -> file.path().equals(path))).toList(),
                        f.problems()))
                .orElse(null);
        Instant activatedAt = history.versions().stream().filter(v -> v.version().equals(ruleSet.version())).findFirst()
                .map(ActivatedVersion::activatedAt).orElse(ruleSet.builtAt());
        return new RulesView(ruleSet.version(), activatedAt,
                ruleSet.sources().stream().map(s -> new SourceView(s.source(), s.kind(), s.sha256())).toList(),
                ruleSet.rules().stream().map(RulesController::view).toList(),
                lint.warnings(ruleSet), active.lastAttempt().orElse(null), failure, active.skipped(),
                impacts.stream().flatMap(impact -> impact.of(ruleSet.version()).stream()).findFirst().orElse(null));
    }

    @Operation(summary = "Reload the rule folder now", description = """
            Compiles the rule folder and activates it when it is valid (ADMIN); when it is not, answers 422 with \
            every error and the previous version stays active.""")
    @PostMapping("/reload")
    ReloadView reload() {
        RuleSet ruleSet = loader.reload();
        return new ReloadView(ruleSet.version(), ruleSet.builtAt(), ruleSet.rules().size(), ruleSet.warnings());
    }

    static RuleView view(RuleDefinition rule) {
        return new RuleView(rule.name(), rule.source(), rule.location());
    }
}
