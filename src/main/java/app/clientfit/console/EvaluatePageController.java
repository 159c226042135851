package app.clientfit.console;

import java.security.Principal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.clientfit.evaluation.EvaluationRequest;
import app.clientfit.evaluation.RunLimitExceededException;
import app.clientfit.evaluation.Submission;
import app.clientfit.explanation.ExplainedEvaluation;
import app.clientfit.explanation.ExplainedEvaluations;
import app.clientfit.rules.NoActiveRuleSetException;
import app.clientfit.rules.RuleSetBuildInProgressException;

/**
 * Evaluate one client through a form (COACH): the same service as POST /api/evaluations?explain=true, so it is
 * audited alike, and the answer comes with why the other rules did not fire.
 */
@Controller
@RequestMapping("/console/evaluate")
class EvaluatePageController {

    private static final String PAGE = "evaluate";

    private final ExplainedEvaluations evaluations;
    private final FactsForm form;
    private final Personas personas;

    EvaluatePageController(ExplainedEvaluations evaluations, FactsForm form, Personas personas) {
        this.evaluations = evaluations;
        this.form = form;
        this.personas = personas;
    }

    @GetMapping
    String form(@RequestParam(required = false) String persona, Model model) {
        Map<String, Object> values = persona == null ? Map.of() : personas.find(persona).orElse(Map.of());
        show(model, texts(values), Criteria.of(attributes(values)));
        model.addAttribute("persona", persona);
        return PAGE;
    }

    @PostMapping
    String evaluate(@ModelAttribute("facts") EvaluationRequest facts, BindingResult binding, Criteria criteria,
                    @RequestParam Map<String, String> posted, Locale locale, Model model, Principal caller,
                    @RequestHeader(name = "X-Request-Id", required = false) String requestId) {
        EvaluationRequest request = form.request(facts, criteria, binding);
        show(model, posted, criteria);
        model.addAttribute("persona", posted.get("persona"));
        model.addAttribute("problems", form.problems(binding, locale));
        if (request == null) {
            return PAGE;
        }
        try {
            ExplainedEvaluation answer = evaluations.evaluate(Submission.fromForm(request, caller.getName(), requestId));
            model.addAttribute("result", answer.evaluation());
            model.addAttribute("explanation", answer.explanation());
        } catch (NoActiveRuleSetException | RuleSetBuildInProgressException e) {
            model.addAttribute("failure", "evaluate.failure.noRules");
        } catch (RunLimitExceededException e) {
            model.addAttribute("failure", "evaluate.failure.limit");
        }
        return PAGE;
    }

    private void show(Model model, Map<String, ?> values, Criteria criteria) {
        model.addAttribute("fields", FactField.ALL);
        model.addAttribute("values", values);
        model.addAttribute("rows", criteria.rows());
        model.addAttribute("personas", personas.names());
        model.addAttribute("problems", Map.of());
    }

    private static Map<String, String> texts(Map<String, Object> persona) {
        Map<String, String> texts = new HashMap<>();
        persona.forEach((name, value) -> {
            if (value != null && !(value instanceof Map)) {
                texts.put(name, value.toString());
            }
        });
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(Map<String, Object> persona) {
        return persona.get(FactsForm.ATTRIBUTES) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
