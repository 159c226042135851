package app.clientfit.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.kie.api.runtime.StatelessKieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import app.clientfit.facts.Client;
import app.clientfit.facts.Finding;
import app.clientfit.facts.Verdict;
import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleSet;

/**
 * Runs one client through a rule set: a stateless session (its working memory pooled by the rule
 * set) and a recorder per call, so concurrent evaluations share nothing but the rule set.
 */
@Component
public class Evaluator {

    private static final Logger log = LoggerFactory.getLogger(Evaluator.class);

    public Outcome evaluate(Client client, RuleSet ruleSet) {
        FiringRecorder recorder = new FiringRecorder(ruleSet);
        StatelessKieSession session = ruleSet.newStatelessSession();
        session.addEventListener(recorder.agenda);
        session.addEventListener(recorder.runtime);
        session.execute(client);

        List<Outcome.FindingResult> findings = new ArrayList<>(recorder.findings().size());
        int score = 0;
        for (FiringRecorder.InsertedFinding inserted : recorder.findings()) {
            Outcome.FindingResult finding = toResult(inserted);
            findings.add(finding);
            score += finding.points();
        }
        Verdict verdict = decided(recorder.verdicts(), ruleSet);
        return new Outcome(verdict.getValue(), verdict.getBecause(), score, Collections.unmodifiableList(findings),
                List.copyOf(recorder.fired()), ruleSet.version());
    }

    private static Verdict decided(List<Verdict> verdicts, RuleSet ruleSet) {
        if (verdicts.isEmpty()) {
            log.warn("Rule set {} gave no verdict; answering REVIEW. Does the rule folder still hold the verdict rules?", ruleSet.version());
            return new Verdict(Verdict.REVIEW, "no verdict rule matched");
        }
        return verdicts.get(0);
    }

    private static Outcome.FindingResult toResult(FiringRecorder.InsertedFinding inserted) {
        Finding finding = inserted.finding();
        RuleDefinition rule = inserted.rule();
        return new Outcome.FindingResult(finding.getRule(), finding.getCategory(), finding.getPoints(), finding.getReason(),
                rule == null ? null : rule.source(), rule == null ? null : rule.location(), finding.getWaivedBy());
    }
}
