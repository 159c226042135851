package app.clientfit.console;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.clientfit.impact.ImpactService;
import app.clientfit.rules.ActivatedVersion;
import app.clientfit.rules.ActivationImpacts;
import app.clientfit.rules.ActiveRuleSet;
import app.clientfit.rules.RuleFileNames;
import app.clientfit.rules.RuleLint;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetBuildInProgressException;
import app.clientfit.rules.RuleSetHistory;
import app.clientfit.rules.RuleSetInvalidException;
import app.clientfit.rules.RuleSetLoader;
import app.clientfit.rules.RuleSetValidator;
import app.clientfit.rules.problem.RuleProblem;

/**
 * The active rules, the last failed attempt and the impact of the last activation (COACH); trying a file, seeing whose
 * verdict it would change, and reloading the folder (ADMIN).
 */
@Controller
@RequestMapping("/console/rules")
class RulesPageController {

    private static final String PAGE = "rules";

    private final ActiveRuleSet active;
    private final RuleSetHistory history;
    private final RuleSetLoader loader;
    private final RuleSetValidator validator;
    private final RuleLint lint;
    private final ImpactService impact;
    private final ObjectProvider<ActivationImpacts> activationImpacts;

    RulesPageController(ActiveRuleSet active, RuleSetHistory history, RuleSetLoader loader, RuleSetValidator validator, RuleLint lint,
                        ImpactService impact, ObjectProvider<ActivationImpacts> activationImpacts) {
        this.active = active;
        this.history = history;
        this.loader = loader;
        this.validator = validator;
        this.lint = lint;
        this.impact = impact;
        this.activationImpacts = activationImpacts;
    }

    @GetMapping
    String rules(Model model) {
        RuleSet ruleSet = active.current().orElse(null);
        model.addAttribute("ruleSet", ruleSet);
        if (ruleSet != null) {
            model.addAttribute("activatedAt", activatedAt(ruleSet));
            model.addAttribute("groups", RuleGroup.of(ruleSet.rules()));
            List<RuleProblem> warnings = lint.warnings(ruleSet);
            model.addAttribute("warnings", RuleWarnings.unplaced(ruleSet.rules(), warnings));
            model.addAttribute("ruleWarnings", RuleWarnings.byRule(ruleSet.rules(), warnings));
            activationImpacts.ifAvailable(impacts -> impacts.of(ruleSet.version())
                    .ifPresent(found -> model.addAttribute("activationImpact", found)));
        }
        model.addAttribute("lastAttempt", active.lastAttempt().orElse(null));
        model.addAttribute("lastFailure", active.lastFailure().orElse(null));
        model.addAttribute("skipped", active.skipped());
        return PAGE;
    }

    @PostMapping("/validate")
    String validate(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            String name = RuleFileNames.require(file.getOriginalFilename());
            model.addAttribute("validation", validator.validate(name, file.getBytes()));
            model.addAttribute("validatedFile", name);
        } catch (ErrorResponseException refused) {
            model.addAttribute("uploadRefused", refused.getBody().getDetail());
        }
        return rules(model);
    }

    /** Whose verdict the file would change, replayed on the stored evaluations of the default window; nothing is saved. */
    @PostMapping("/impact")
    String impact(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            String name = RuleFileNames.require(file.getOriginalFilename());
            model.addAttribute("impact", impact.measure(name, file.getBytes(), impact.window(null, null)));
            model.addAttribute("impactFile", name);
        } catch (ErrorResponseException refused) {
            model.addAttribute("impactRefused", refused.getBody().getDetail());
        }
        return rules(model);
    }

    @PostMapping("/reload")
    String reload(RedirectAttributes redirect) {
        try {
            RuleSet ruleSet = loader.reload();
            redirect.addFlashAttribute("reloaded", ruleSet.version());
        } catch (RuleSetInvalidException invalid) {
            redirect.addFlashAttribute("reloadProblems", invalid.problems());
        } catch (RuleSetBuildInProgressException busy) {
            redirect.addFlashAttribute("reloadBusy", true);
        }
        return "redirect:/console/rules";
    }

    private Instant activatedAt(RuleSet ruleSet) {
        return history.versions().stream().filter(v -> v.version().equals(ruleSet.version()))
                .max(Comparator.comparing(ActivatedVersion::activatedAt)).map(ActivatedVersion::activatedAt).orElse(ruleSet.builtAt());
    }
}
