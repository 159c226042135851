package app.clientfit.spreadsheet;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a fact class offers a rule: its fields (bean properties) and its methods, and the nearest known
 * name for a misspelt one, so that an error can say "did you mean 'invoicesPaidLate'?".
 */
public final class FactType {

    private static final int MAX_DISTANCE = 3;

    private final Class<?> type;
    private final Map<String, Class<?>> fields = new LinkedHashMap<>();
    private final Set<String> methods = new TreeSet<>();

    private FactType(Class<?> type) {
        this.type = type;
        try {
            for (PropertyDescriptor property : Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors()) {
                if (property.getReadMethod() != null) {
                    fields.put(property.getName(), property.getPropertyType());
                }
            }
        } catch (IntrospectionException e) {
            throw new IllegalStateException(e);
        }
        Arrays.stream(type.getMethods()).filter(m -> m.getDeclaringClass() != Object.class)
                .filter(m -> !Modifier.isStatic(m.getModifiers())).forEach(m -> methods.add(m.getName()));
    }

    public static FactType of(Class<?> type) {
        return new FactType(type);
    }

    /** The fact class a simple or qualified name stands for, given the imports of a rule file. */
    public static Optional<FactType> resolve(String name, Collection<String> imports) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String simple = name.trim();
        List<String> candidates = simple.contains(".") ? List.of(simple)
                : imports.stream().map(String::trim).filter(i -> i.endsWith("." + simple)).toList();
        for (String candidate : candidates) {
            try {
                return Optional.of(of(Class.forName(candidate, false, FactType.class.getClassLoader())));
            } catch (ClassNotFoundException | LinkageError e) {
                // not a class this service knows; the engine reports it
            }
        }
        return Optional.empty();
    }

    public String name() {
        return type.getSimpleName();
    }

    public boolean hasField(String name) {
        return fields.containsKey(name) || "this".equals(name);
    }

    /** The field's type, or null when there is no such field. */
    public Class<?> fieldType(String name) {
        return fields.get(name);
    }

    public boolean hasMethod(String name) {
        return methods.contains(name);
    }

    /** The public methods of that name with that many parameters. */
    public List<Method> methods(String name, int parameters) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name) && m.getParameterCount() == parameters).toList();
    }

    public Optional<String> nearestField(String name) {
        return nearest(name, fields.keySet());
    }

    public Optional<String> nearestMethod(String name) {
        return nearest(name, methods);
    }

    /** " — did you mean 'x'?" or nothing, ready to append to a message. */
    public static String didYouMean(Optional<String> suggestion) {
        return suggestion.map(s -> " — did you mean '" + s + "'?").orElse("");
    }

    public static Optional<String> nearest(String name, Collection<String> known) {
        return known.stream()
                .filter(candidate -> distance(name.toLowerCase(), candidate.toLowerCase()) <= Math.min(MAX_DISTANCE, Math.max(1, name.length() / 3)))
                .min(Comparator.comparingInt((String candidate) -> distance(name.toLowerCase(), candidate.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Levenshtein distance: the number of single-letter edits between two words. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
