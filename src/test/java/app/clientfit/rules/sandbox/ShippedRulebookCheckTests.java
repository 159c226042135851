package app.clientfit.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleKind;
import app.clientfit.rules.problem.RuleProblem;
import app.clientfit.spreadsheet.DecisionTableConverter;
import app.clientfit.spreadsheet.GeneratedDrl;

/** The rulebook shipped in rules/ uses only what the allow-list allows. */
class ShippedRulebookCheckTests {

    private final RuleCodeChecker checker = new RuleCodeChecker();

    @Test
    void shouldFindNothingToRefuseInTheShippedRulebook() {
        List<RuleFile> files = new RuleFolder(Path.of("rules")).read();
        List<RuleProblem> problems = new ArrayList<>();
        int units = 0;
        for (RuleFile file : files) {
            if (file.kind() == RuleKind.DRL) {
                problems.addAll(checker.check(file.source(), file.text(), (line, column) -> "line " + line));
                units++;
                continue;
            }
            for (GeneratedDrl sheet : new DecisionTableConverter().convert(file.source(), file.content())) {
                problems.addAll(checker.check(file.source(), sheet.drl(), (line, column) -> "sheet " + sheet.sheet()));
                units++;
            }
        }

        assertThat(units).isGreaterThanOrEqualTo(files.size());
        assertThat(problems).isEmpty();
    }
}
