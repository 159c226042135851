package app.clientfit.rules.lint;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import app.clientfit.facts.Client;

/**
 * The values each fact of a client can take: counts and days are never below 0, a percentage lies between
 * 0 and 100, yes/no facts are true or false. Only these facts are analysed; any other condition is compared
 * by its text.
 */
final class FactDomains {

    /** A numeric fact and its values. */
    record Domain(Range range, boolean wholeNumbers) {

        /** "is never below 0", "lies between 0 and 100". */
        String text() {
            return Double.isInfinite(range.high()) ? "is never below " + Range.number(range.low()) : "lies " + range.text();
        }
    }

    static final String CLIENT = "Client";
    private static final Set<Class<?>> WHOLE = Set.of(Integer.class, int.class, Long.class, long.class);
    private static final Set<Class<?>> DECIMAL = Set.of(Double.class, double.class);
    private static final Set<Class<?>> FLAGS = Set.of(Boolean.class, boolean.class);
    private static final Map<String, Domain> NUMBERS = new TreeMap<>();
    private static final Set<String> YES_NO = new java.util.TreeSet<>();

    static {
        try {
            for (PropertyDescriptor property : Introspector.getBeanInfo(Client.class, Object.class).getPropertyDescriptors()) {
                Class<?> type = property.getPropertyType();
                if (WHOLE.contains(type) || DECIMAL.contains(type)) {
                    Range values = property.getName().endsWith("Percent") ? new Range(0, false, 100, false)
                            : new Range(0, false, Double.POSITIVE_INFINITY, true);
                    NUMBERS.put(property.getName(), new Domain(values, WHOLE.contains(type)));
                } else if (FLAGS.contains(type)) {
                    YES_NO.add(property.getName());
                }
            }
        } catch (IntrospectionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Map<String, Integer> INDEXES = new java.util.HashMap<>();

    static {
        NUMBERS.keySet().forEach(fact -> INDEXES.put(fact, INDEXES.size()));
        YES_NO.forEach(fact -> INDEXES.put(fact, INDEXES.size()));
        if (INDEXES.size() > Long.SIZE) {
            throw new IllegalStateException("more facts than the analysis can hold as bits: " + INDEXES.size());
        }
    }

    private FactDomains() {
    }

    static Optional<Domain> number(String fact) {
        return Optional.ofNullable(NUMBERS.get(fact));
    }

    /** A number for each fact the analysis reads (fewer than 64), for sets of facts as bits. */
    static int index(String fact) {
        int index = INDEXES.getOrDefault(fact, -1);
        if (index < 0) {
            throw new IllegalArgumentException(fact);
        }
        return index;
    }

    static int count() {
        return INDEXES.size();
    }

    static boolean yesNo(String fact) {
        return YES_NO.contains(fact);
    }

    /** Whether the stored facts of an evaluation name this fact as it is: a field of the posted client. */
    static boolean posted(String fact) {
        return (NUMBERS.containsKey(fact) && !fact.endsWith("Percent")) || YES_NO.contains(fact);
    }
}
