package app.clientfit.rules;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The one history of activated rule-set versions: durable when the audit is on (it survives restarts),
 * in memory when it is off. {@code /api/audit/rule-versions} is kept as another name for it.
 */
@Tag(name = "Rules")
@RestController
class RuleVersionsController {

    record VersionsView(String active, List<ActivatedVersion> versions) {
    }

    private final ActiveRuleSet active;
    private final RuleSetHistory history;

    RuleVersionsController(ActiveRuleSet active, RuleSetHistory history) {
        this.active = active;
        this.history = history;
    }

    @Operation(summary = "List the activated rule-set versions", description = """
            Newest first, with the one serving now (ADMIN). With the audit on, the history survives restarts: versions \
            activated before the last start are listed too, without their counts of rules and tests.""")
    @GetMapping("/api/rules/versions")
    VersionsView versions() {
        return new VersionsView(active.current().map(RuleSet::version).orElse(null), history.versions());
    }

    @Operation(operationId = "archivedVersions", deprecated = true, summary = "List the activated rule-set versions (older name)",
            description = "The same answer as GET /api/rules/versions (ADMIN).")
    @GetMapping("/api/audit/rule-versions")
    VersionsView versionsByOlderName() {
        return versions();
    }
}
