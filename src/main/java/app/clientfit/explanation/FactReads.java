package app.clientfit.explanation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientfit.facts.Client;
import app.clientfit.facts.ReasonTemplate;
import app.clientfit.rules.RuleCondition;

/**
 * Which client facts a condition reads; for one client, which of them it did not give, and their values as a
 * reason shows them.
 */
final class FactReads {

    static final String ATTRIBUTES = "attributes.";
    private static final Pattern CLIENT_PATTERN = Pattern.compile("\\bClient\\s*\\(");
    private static final Pattern TEXT = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NAME = Pattern.compile("(?<![\\w$.])([a-z][A-Za-z0-9_]*)");
    private static final Pattern ATTRIBUTE_CALL = Pattern.compile("\\battribute\\w*\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)+)\"");
    /** Computed facts, and the given ones they are computed from. */
    private static final Map<String, List<String>> COMPUTED = Map.of("latePaymentPercent", List.of("invoicesTotal", "invoicesPaidLate"));

    private final Client client;
    /** The values read so far, null for a fact not given: each fact is read at most once for an explanation. */
    private final Map<String, String> values = new HashMap<>(64);

    /** The client's facts, to read for one explanation. */
    FactReads(Client client) {
        this.client = client;
    }

    /** The facts in the order the condition names them; none for a condition on anything but the client. */
    static List<String> of(RuleCondition condition) {
        if (!"Client".equals(condition.factType()) && !(condition.pattern() == null && CLIENT_PATTERN.matcher(condition.text()).find())) {
            return List.of();
        }
        Set<String> facts = new LinkedHashSet<>();
        Matcher names = NAME.matcher(TEXT.matcher(condition.text()).replaceAll("\"\""));
        while (names.find()) {
            if (ReasonTemplate.isKnownPlaceholder(names.group(1))) {
                facts.add(names.group(1));
            }
        }
        Matcher attributes = ATTRIBUTE_CALL.matcher(condition.text());
        while (attributes.find()) {
            facts.add(ATTRIBUTES + attributes.group(1));
        }
        return List.copyOf(facts);
    }

    /** The given facts these stand for, in their order: a computed one stands for those it is computed from. */
    static List<String> given(List<String> facts) {
        Set<String> given = new LinkedHashSet<>();
        facts.forEach(fact -> given.addAll(COMPUTED.getOrDefault(fact, List.of(fact))));
        return List.copyOf(given);
    }

    /** Those of these given facts that the client did not give, in their order. */
    List<String> unknown(List<String> given) {
        List<String> unknown = List.of();
        for (String fact : given) {
            if (value(fact) == null) {
                unknown = unknown.isEmpty() ? new ArrayList<>(given.size()) : unknown;
                unknown.add(fact);
            }
        }
        return unknown;
    }

    /** "7", "yes", "35.5", "49.5" (a share to one decimal), as a reason would show it; null when not given. */
    String value(String fact) {
        String value = values.get(fact);
        if (value == null && !values.containsKey(fact)) {
            value = ReasonTemplate.valueText(fact, client);
            values.put(fact, value);
        }
        return value;
    }

    /** The value as a reason's template shows it: "unknown" when not given. */
    String shown(String fact) {
        String value = value(fact);
        return value == null ? "unknown" : value;
    }
}
