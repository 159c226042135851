package app.clientfit.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import app.clientfit.rules.problem.RuleProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Try a workbook or DRL file before putting it in the rule folder. */
@Tag(name = "Rules")
@RestController
class RuleValidationController {

    /**
     * @param valid         whether the rule set with this file would be activated
     * @param version       the version the rule set with this file would have
     * @param activeVersion the version serving now, which stays
     * @param skipped       the files of the rule folder (or this one) that would not be read, and why
     */
    record ValidationView(boolean valid, String file, String version, String activeVersion, List<RuleProblem> errors,
                          List<RuleProblem> warnings, List<WorkbookTestResult> tests, List<RulesController.RuleView> rules,
                          List<SkippedFile> skipped) {
    }

    private final RuleSetValidator validator;
    private final ActiveRuleSet active;

    RuleValidationController(RuleSetValidator validator, ActiveRuleSet active) {
        this.validator = validator;
        this.active = active;
    }

    @Operation(summary = "Try a rule file without activating it", description = """
            Builds the rule set as it would be with this file (a workbook or DRL) added or replaced, runs its Tests \
            sheets, and answers its errors, warnings and rules (ADMIN). Nothing changes in the rule folder.""")
    @PostMapping(path = "/api/rules/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ValidationView validate(@RequestPart("file") MultipartFile file) {
        String name = RuleFileNames.require(file.getOriginalFilename());
        Candidate candidate = validator.validate(name, bytes(file));
        String source = candidate.files().stream().map(RuleFile::source).filter(s -> s.endsWith("/" + name)).findFirst().orElse(name);
        return new ValidationView(candidate.valid(), source, candidate.version(), active.current().map(RuleSet::version).orElse(null),
                candidate.errors(), candidate.warnings(), candidate.tests(), candidate.rules().stream().map(RulesController::view).toList(),
                candidate.skipped());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
