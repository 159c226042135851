package app.clientfit.console;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.clientfit.audit.AuditService;
import app.clientfit.audit.RuleStats;

/** The overview (AUDITOR): verdicts per week, the rules that fired most and the share of REVIEW, from the audit's statistics. */
@Controller
class OverviewController {

    static final int WEEKS = 8;
    static final int TOP_RULES = 10;

    /** One week (Monday to Sunday, UTC) and how often each verdict was given in it. */
    record Week(LocalDate monday, long good, long review, long bad) {

        public long total() {
            return good + review + bad;
        }
    }

    private final AuditService audit;
    private final Clock clock;

    OverviewController(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/console")
    String overview(Model model) {
        RuleStats all = audit.stats(null, null);
        long review = all.verdicts().getOrDefault("REVIEW", 0L);
        model.addAttribute("stats", all);
        model.addAttribute("weeks", weeks());
        model.addAttribute("topRules", all.rules().stream().limit(TOP_RULES).toList());
        model.addAttribute("reviewPercent", all.evaluations() == 0 ? 0 : Math.round(100.0 * review / all.evaluations()));
        return "overview";
    }

    private List<Week> weeks() {
        LocalDate thisMonday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Week> weeks = new ArrayList<>();
        for (int back = WEEKS - 1; back >= 0; back--) {
            LocalDate monday = thisMonday.minusWeeks(back);
            Map<String, Long> verdicts = audit.stats(start(monday), start(monday.plusWeeks(1))).verdicts();
            weeks.add(new Week(monday, verdicts.getOrDefault("GOOD", 0L), verdicts.getOrDefault("REVIEW", 0L),
                    verdicts.getOrDefault("BAD", 0L)));
        }
        return weeks;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
