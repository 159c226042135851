package app.clientfit.rules;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.clientfit.rules.problem.RuleProblem;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How one test row came out on a candidate rule set.
 *
 * @param location   {@code sheet Tests, row 5}
 * @param firedRules the rules that fired for the test's client, in order
 * @param failures   what did not hold, in plain words; empty when the test passed
 */
@Schema(name = "TestResult") // the name the published API description has always used
public record WorkbookTestResult(String name, String source, String location, String expectedVerdict, String actualVerdict,
                                 List<String> firedRules, List<String> failures) {

    @JsonProperty
    public boolean passed() {
        return failures.isEmpty();
    }

    /** A test whose run ended in an error of the rules, said without the engine's Java class names. */
    public static WorkbookTestResult failedToRun(String name, String source, String location, String expectedVerdict,
                                         RuntimeException error) {
        return new WorkbookTestResult(name, source, location, expectedVerdict, null, List.of(),
                List.of("the rules failed while running: " + ProblemMessages.plain(error.getMessage())));
    }

    /** "test 'Nagger': expected BAD, got GOOD; rules that fired: Values expertise, Verdict: good". */
    public RuleProblem toProblem() {
        return new RuleProblem(source, location, "test '" + name + "': " + String.join("; ", failures)
                + "; rules that fired: " + (firedRules.isEmpty() ? "none" : String.join(", ", firedRules)));
    }
}
