package app.clientfit.facts;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns "{invoicesPaidLate} of {invoicesTotal} invoices paid late" into "7 of 10 invoices paid late". */
public final class ReasonTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");
    private static final String ATTRIBUTE_PREFIX = "attributes.";
    private static final Map<String, Method> GETTERS = clientGetters();
    /** Computed shares: exact for the rules, shown to one decimal (49.5, not 49.504950495049506). */
    private static final Set<String> ROUNDED = Set.of("latePaymentPercent");
    private static final int MAX_PARSED = 10_000;
    private static final Map<String, List<Part>> PARSED = new ConcurrentHashMap<>();

    private ReasonTemplate() {
    }

    static String fill(String template, Client client) {
        if (template == null) {
            return "";
        }
        StringBuilder filled = new StringBuilder(template.length() + 16);
        for (Part part : parsed(template)) {
            filled.append(part.placeholder() == null ? part.text() : format(part.placeholder(), valueOf(part.placeholder(), client)));
        }
        return filled.toString();
    }

    /** A rule set has a few dozen templates and fills them for every evaluation: each is parsed once. */
    private static List<Part> parsed(String template) {
        List<Part> parts = PARSED.get(template);
        if (parts == null) {
            parts = parse(template);
            if (PARSED.size() >= MAX_PARSED) {
                PARSED.clear();
            }
            PARSED.put(template, parts);
        }
        return parts;
    }

    private static List<Part> parse(String template) {
        List<Part> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int end = 0;
        while (matcher.find()) {
            parts.add(new Part(template.substring(end, matcher.start()), null));
            String name = matcher.group(1);
            // an unknown placeholder stays in the reason as written
            parts.add(isKnownPlaceholder(name) ? new Part(null, name) : new Part(matcher.group(), null));
            end = matcher.end();
        }
        parts.add(new Part(template.substring(end), null));
        return List.copyOf(parts);
    }

    /** Literal text, or the name of a fact whose value takes its place. */
    private record Part(String text, String placeholder) {
    }

    /** The names a template may use: the fact fields, and any {@code attributes.<name>}. */
    public static boolean isKnownPlaceholder(String name) {
        return GETTERS.containsKey(name) || (name.startsWith(ATTRIBUTE_PREFIX) && name.length() > ATTRIBUTE_PREFIX.length());
    }

    /** One placeholder's value as a reason shows it ("7", "yes", "49.5"), or null when the client did not give it. */
    public static String valueText(String name, Client client) {
        Object value = valueOf(name, client);
        return value == null ? null : format(name, value);
    }

    private static Object valueOf(String name, Client client) {
        if (name.startsWith(ATTRIBUTE_PREFIX)) {
            return client.getAttributes().get(name.substring(ATTRIBUTE_PREFIX.length()));
        }
        try {
            return GETTERS.get(name).invoke(client);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    private static String format(String name, Object value) {
        if (value == null) {
            return "unknown";
        }
        if (ROUNDED.contains(name) && value instanceof Double percent && Double.isFinite(percent)) {
            return BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean bool) {
            return bool ? "yes" : "no";
        }
        return value.toString();
    }

    private static Map<String, Method> clientGetters() {
        try {
            Map<String, Method> getters = new HashMap<>();
            for (PropertyDescriptor property : Introspector.getBeanInfo(Client.class, Object.class).getPropertyDescriptors()) {
                if (property.getReadMethod() != null && !"attributes".equals(property.getName())) {
                    getters.put(property.getName(), property.getReadMethod());
                }
            }
            return Map.copyOf(getters);
        } catch (IntrospectionException e) {
            throw new IllegalStateException(e);
        }
    }
}
