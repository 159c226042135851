package app.clientfit.rules;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import app.clientfit.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Shows what a decision table means as rule text, for the curious coach. */
@Tag(name = "Rules")
@RestController
class RuleSourcesController {

    private final ActiveRuleSet active;

    RuleSourcesController(ActiveRuleSet active) {
        this.active = active;
    }

    /** The DRL the active rule set holds for a file: generated from a table, or the DRL file itself. */
    @Operation(summary = "Show a rule file as rule text (DRL)", description = """
            The DRL a decision table of the active rule set generates, or a DRL file as it is (ADMIN).""")
    @GetMapping(path = "/api/rules/sources/{file}/drl", produces = "text/plain;charset=UTF-8")
    String drl(@PathVariable String file) {
        String name = RuleFileNames.require(file);
        RuleSet ruleSet = active.require();
        RuleFile source = ruleSet.sources().stream().filter(s -> s.source().endsWith("/" + name)
                        && s.source().indexOf('/') == s.source().length() - name.length() - 1)
                .findFirst().orElseThrow(() -> notFound(name));
        if (source.kind() == RuleKind.DRL) {
            return source.text();
        }
        String drl = ruleSet.generatedDrl().get(source.source());
        if (drl == null) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "no-rules-in-file",
                    "No rules in this file", source.source() + " holds no RuleTable, so it generates no rules"), null);
        }
        return drl;
    }

    private static ErrorResponseException notFound(String name) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "unknown-rule-file",
                "Unknown rule file", "the active rule set has no file named '" + name + "'"), null);
    }
}
