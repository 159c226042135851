package app.clientfit.explanation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.clientfit.rules.Candidate;
import app.clientfit.rules.RuleCondition;
import app.clientfit.rules.RuleConditions;
import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleKind;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;
import app.clientfit.rules.problem.RuleProblem;

/**
 * One rule of its own for every condition of every rule of a rule set ("probes"), compiled like any rule
 * file (the same code checks, the same sandbox), so that a single run tells which conditions a client meets.
 * A probe that does not compile on its own (it leans on something only its whole rule gives it) is left out.
 */
final class ProbeSet {

    /** The condition a probe stands for: by index into the rule set's conditions. */
    record Probe(int rule, int condition) {
    }

    private static final Logger log = LoggerFactory.getLogger(ProbeSet.class);
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final RuleSet compiled;
    private final Map<String, List<Probe>> byName;
    private final List<PreparedRule> prepared;

    private ProbeSet(RuleSet compiled, Map<String, List<Probe>> byName, List<RuleConditions> rules) {
        this.compiled = compiled;
        this.byName = byName;
        this.prepared = PreparedRule.of(rules);
    }

    static ProbeSet of(RuleSet ruleSet, RuleSetCompiler compiler) {
        Set<Probe> left = new HashSet<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            Written written = write(ruleSet.conditions(), left);
            if (written.files().isEmpty()) {
                break;
            }
            Candidate compilation = compiler.check(written.files());
            if (compilation.valid()) {
                return new ProbeSet(compilation.ruleSet(), written.byName(), ruleSet.conditions());
            }
            compilation.errors().forEach(problem -> left.addAll(written.at(problem)));
            log.warn("Conditions of rule set {} that cannot be checked one by one: {}", ruleSet.version(), compilation.errors());
        }
        return new ProbeSet(null, Map.of(), ruleSet.conditions());
    }

    /** The rule set's rules in its order, with their conditions prepared. */
    List<PreparedRule> rules() {
        return prepared;
    }

    /** The conditions (numbered as in {@link PreparedCondition#number()}) whose probe fired in this run. */
    BitSet met(List<RuleDefinition> fired) {
        BitSet met = new BitSet();
        for (RuleDefinition rule : fired) {
            for (Probe probe : byName.getOrDefault(rule.name(), List.of())) {
                met.set(prepared.get(probe.rule()).conditions().get(probe.condition()).number());
            }
        }
        return met;
    }

    /** The rule set of the probes, or null when there are none. */
    RuleSet compiled() {
        return compiled;
    }

    /** The probe files, and where each probe is in them to map a compile error back to it. */
    private record Written(List<RuleFile> files, Map<String, List<Probe>> byName,
                           Map<String, Map<Integer, List<Probe>>> byLine) {

        List<Probe> at(RuleProblem problem) {
            Map<Integer, List<Probe>> lines = byLine.getOrDefault(problem.source(), Map.of());
            Matcher line = LINE.matcher(String.valueOf(problem.location()));
            if (!line.find()) {
                return lines.values().stream().flatMap(List::stream).toList(); // no line: none of the file's probes can be trusted
            }
            int number = Integer.parseInt(line.group(1));
            return lines.entrySet().stream().filter(e -> e.getKey() <= number).reduce((a, b) -> b)
                    .map(Map.Entry::getValue).orElse(List.of());
        }
    }

    private static Written write(List<RuleConditions> rules, Set<Probe> leftOut) {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        Map<String, List<Probe>> byName = new HashMap<>();
        Map<String, Map<Integer, List<Probe>>> byLine = new HashMap<>();
        // Conditions written alike in one unit (the verdict rules' "not Verdict()") share one probe.
        Map<String, String> nameByCondition = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            RuleConditions rule = rules.get(r);
            StringBuilder text = texts.computeIfAbsent(rule.header(), header -> new StringBuilder(header).append('\n'));
            String source = sources.computeIfAbsent(rule.header(), header -> "probes/unit-" + sources.size() + ".drl");
            for (int c = 0; c < rule.conditions().size(); c++) {
                Probe probe = new Probe(r, c);
                if (leftOut.contains(probe)) {
                    continue;
                }
                String name = "probe " + r + "/" + c;
                String shared = nameByCondition.putIfAbsent(source + '\n' + probeRule("", rule.conditions().get(c)), name);
                if (shared != null) {
                    byName.get(shared).add(probe);
                    continue;
                }
                String probeRule = probeRule(name, rule.conditions().get(c));
                int line = lines.computeIfAbsent(source, key -> lineCount(text));
                List<Probe> probes = new ArrayList<>(List.of(probe));
                byName.put(name, probes);
                byLine.computeIfAbsent(source, key -> new java.util.TreeMap<>()).put(line + 1, probes);
                text.append(probeRule);
                lines.put(source, line + lineCount(probeRule));
            }
        }
        List<RuleFile> files = new ArrayList<>();
        int index = 0;
        for (StringBuilder text : texts.values()) {
            byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
            files.add(new RuleFile("probes/unit-" + index++ + ".drl", RuleKind.DRL, content, RuleFile.sha256(content)));
        }
        return new Written(files, byName, byLine);
    }

    private static String probeRule(String name, RuleCondition condition) {
        StringBuilder rule = new StringBuilder("rule \"").append(name).append("\"\nwhen\n");
        condition.requires().forEach(element -> rule.append("    ").append(element).append('\n'));
        return rule.append("    ").append(condition.element()).append("\nthen\nend\n").toString();
    }

    private static int lineCount(CharSequence text) {
        return (int) text.chars().filter(ch -> ch == '\n').count();
    }
}
