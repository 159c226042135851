package app.clientfit.rules;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/rules")
class RulesController {

    record SourceView(String path, RuleKind kind, String sha256) {
    }

    record RuleView(String name, String source, String location) {
    }

    record FailureView(Instant at, List<RuleProblem> errors) {
    }

    record RulesView(String version, Instant activatedAt, List<SourceView> sources, List<RuleView> rules,
                     List<RuleProblem> warnings, FailureView lastFailure) {
    }

    record ReloadView(String version, Instant activatedAt, int rules, List<RuleProblem> warnings) {
    }

    private final ActiveRuleSet active;
    private final RuleSetLoader loader;

    RulesController(ActiveRuleSet active, RuleSetLoader loader) {
        this.active = active;
        this.loader = loader;
    }

    @GetMapping
    RulesView rules() {
        RuleSet ruleSet = active.require();
        FailureView failure = active.lastFailure()
                .filter(f -> f.at().isAfter(ruleSet.builtAt()))
                .map(f -> new FailureView(f.at(), f.problems()))
                .orElse(null);
        return new RulesView(ruleSet.version(), ruleSet.builtAt(),
                ruleSet.sources().stream().map(s -> new SourceView(s.source(), s.kind(), s.sha256())).toList(),
                ruleSet.rules().stream().map(r -> new RuleView(r.name(), r.source(), r.location())).toList(),
                ruleSet.warnings(), failure);
    }

    @PostMapping("/reload")
    ReloadView reload() {
        RuleSet ruleSet = loader.reload();
        return new ReloadView(ruleSet.version(), ruleSet.builtAt(), ruleSet.rules().size(), ruleSet.warnings());
    }
}
