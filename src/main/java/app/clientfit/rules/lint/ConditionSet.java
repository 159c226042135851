package app.clientfit.rules.lint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The clients a rule lets through, as far as its conditions can be read: a range per numeric fact (within the
 * fact's domain), a value per yes/no fact, and the text of every other condition. A fact without a condition
 * is not the same as a fact with any value: an unknown fact never meets a condition.
 */
final class ConditionSet {

    /** Why no client can meet the rule, and where. */
    record Impossible(String location, String reason) {
    }

    private final Map<String, Range> ranges = new TreeMap<>();
    private final Map<String, Boolean> flags = new TreeMap<>();
    private final Set<String> others = new TreeSet<>();
    private final Map<String, String> labels = new HashMap<>();
    private Impossible impossible;
    // the same as bits and an array by fact, to compare a thousand rows with each other in well under a second
    private long rangeFacts;
    private long flagFacts;
    private long flagValues;
    private final Range[] rangeByFact = new Range[FactDomains.count()];

    static ConditionSet of(LintRule rule) {
        ConditionSet set = new ConditionSet();
        rule.conditions().forEach(condition -> set.add(rule, condition));
        set.ranges.forEach((fact, range) -> {
            int index = FactDomains.index(fact);
            set.rangeFacts |= 1L << index;
            set.rangeByFact[index] = range;
        });
        set.flags.forEach((fact, value) -> {
            long bit = 1L << FactDomains.index(fact);
            set.flagFacts |= bit;
            set.flagValues |= value ? bit : 0;
        });
        return set;
    }

    private void add(LintRule rule, LintCondition condition) {
        Optional<List<Constraints.Comparison>> read = Constraints.read(condition);
        if (read.isEmpty()) {
            others.add(condition.factType() + ":" + condition.text().replaceAll("\\s+", " ").strip());
            return;
        }
        Map<String, Range> own = new TreeMap<>();
        for (Constraints.Comparison comparison : read.get()) {
            if (comparison.flag() != null) {
                addFlag(rule, condition, comparison);
            } else {
                own.merge(comparison.fact(), comparison.range(), Range::intersect);
            }
        }
        own.forEach((fact, range) -> addRange(rule, condition, fact, range));
    }

    private void addRange(LintRule rule, LintCondition condition, String fact, Range asked) {
        FactDomains.Domain domain = FactDomains.number(fact).orElseThrow();
        Range range = domain.wholeNumbers() ? asked.wholeNumbers() : asked;
        if (asked.isEmpty()) {
            impossible(condition.location(), "'" + condition.label() + "' asks for " + fact + " " + asked.text()
                    + ", and the lower bound is above the upper");
        } else if (range.isEmpty()) {
            impossible(condition.location(), "'" + condition.label() + "' asks for " + fact + " " + asked.text() + ", but " + fact
                    + " is a whole number");
        } else if (range.intersect(domain.range()).isEmpty()) {
            impossible(condition.location(), "'" + condition.label() + "' asks for " + fact + " " + asked.text() + ", but " + fact + " "
                    + domain.text());
        }
        Range before = ranges.getOrDefault(fact, domain.range());
        Range after = before.intersect(range);
        if (after.isEmpty() && !before.intersect(domain.range()).isEmpty() && ranges.containsKey(fact)) {
            impossible(rule.location(), "'" + labels.get(fact) + "' and '" + condition.label() + "' cannot both hold (" + fact + " "
                    + before.text() + ", and " + range.text() + ")");
        }
        ranges.put(fact, after.intersect(domain.range()));
        labels.putIfAbsent(fact, condition.label());
    }

    private void addFlag(LintRule rule, LintCondition condition, Constraints.Comparison comparison) {
        Boolean before = flags.putIfAbsent(comparison.fact(), comparison.flag());
        if (before != null && !before.equals(comparison.flag())) {
            impossible(rule.location(), "'" + labels.get(comparison.fact()) + "' and '" + condition.label() + "' cannot both hold ("
                    + comparison.fact() + " is " + before + " in one and " + comparison.flag() + " in the other)");
        }
        labels.putIfAbsent(comparison.fact(), condition.label());
    }

    private void impossible(String location, String reason) {
        if (impossible == null) {
            impossible = new Impossible(location, reason);
        }
    }

    Optional<Impossible> impossible() {
        return Optional.ofNullable(impossible);
    }

    /** Whether every client the other set lets through, this one lets through too. */
    boolean covers(ConditionSet narrower) {
        if ((rangeFacts & ~narrower.rangeFacts) != 0 || (flagFacts & ~narrower.flagFacts) != 0
                || ((flagValues ^ narrower.flagValues) & flagFacts) != 0) {
            return false;
        }
        for (long facts = rangeFacts; facts != 0; facts &= facts - 1) {
            int index = Long.numberOfTrailingZeros(facts);
            if (!narrower.rangeByFact[index].within(rangeByFact[index])) {
                return false;
            }
        }
        return others.isEmpty() || narrower.others.containsAll(others);
    }

    /** The facts the conditions read, as far as they could be read. */
    Set<String> facts() {
        Set<String> facts = new TreeSet<>(ranges.keySet());
        facts.addAll(flags.keySet());
        return facts;
    }
}
