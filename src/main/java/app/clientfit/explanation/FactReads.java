package app.clientfit.explanation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientfit.facts.Client;
import app.clientfit.facts.ReasonTemplate;
import app.clientfit.rules.RuleCondition;

/** Which client facts a condition reads, which of them the client did not give, and their values as a reason shows them. */
final class FactReads {

    static final String ATTRIBUTES = "attributes.";
    private static final Pattern CLIENT_PATTERN = Pattern.compile("\\bClient\\s*\\(");
    private static final Pattern TEXT = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NAME = Pattern.compile("(?<![\\w$.])([a-z][A-Za-z0-9_]*)");
    private static final Pattern ATTRIBUTE_CALL = Pattern.compile("\\battribute\\w*\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)+)\"");
    /** Computed facts, and the given ones they are computed from. */
    private static final Map<String, List<String>> COMPUTED = Map.of("latePaymentPercent", List.of("invoicesTotal", "invoicesPaidLate"));

    private FactReads() {
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

    /** The given facts among these that the client did not give: a computed one stands for those it is computed from. */
    static List<String> unknown(List<String> facts, Client client) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String fact : facts) {
            for (String given : COMPUTED.getOrDefault(fact, List.of(fact))) {
                if (isUnknown(given, client)) {
                    unknown.add(given);
                }
            }
        }
        return List.copyOf(unknown);
    }

    /** "7", "yes", "35.5", "49.5" (a share to one decimal), as a reason would show it; null when not given. */
    static String value(String fact, Client client) {
        return ReasonTemplate.valueText(fact, client);
    }

    private static boolean isUnknown(String fact, Client client) {
        return value(fact, client) == null;
    }
}
