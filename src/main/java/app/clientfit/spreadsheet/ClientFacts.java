package app.clientfit.spreadsheet;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import app.clientfit.facts.Client;

/** Client facts written in a sheet: a column per fact field, values turned into the field's type. */
final class ClientFacts {

    static final String ATTRIBUTE_PREFIX = "attributes.";
    private static final Map<String, PropertyDescriptor> FIELDS = fields();
    /** 3,5 as German spreadsheets write three and a half. */
    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("-?\\d+,\\d+");
    private static final Map<String, Boolean> YES_NO = Map.of("true", true, "false", false, "yes", true, "no", false,
            "ja", true, "nein", false, "wahr", true, "falsch", false);

    private ClientFacts() {
    }

    /** The field a header names, spelt as the API spells it; {@code attributes.<name>} keeps its own spelling. */
    static Optional<String> canonical(String header) {
        if (header.startsWith(ATTRIBUTE_PREFIX) && header.length() > ATTRIBUTE_PREFIX.length()) {
            return Optional.of(header);
        }
        return FIELDS.keySet().stream().filter(field -> field.equalsIgnoreCase(header)).findFirst();
    }

    static Optional<String> nearestField(String name) {
        return FactType.nearest(name, FIELDS.keySet());
    }

    /** The cell's text as the field's type, or a plain message saying why it is not one. */
    static Object convert(String field, String text) {
        Class<?> type = field.startsWith(ATTRIBUTE_PREFIX) ? Object.class : FIELDS.get(field).getPropertyType();
        if (type == String.class) {
            return text;
        }
        if (type == Integer.class) {
            try {
                return Integer.valueOf(new java.math.BigDecimal(text).intValueExact());
            } catch (ArithmeticException | NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a whole number");
            }
        }
        if (type == Double.class) {
            try {
                return Double.valueOf(DECIMAL_COMMA.matcher(text).matches() ? text.replace(',', '.') : text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a number");
            }
        }
        if (type == Boolean.class) {
            return bool(text).orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not yes or no (true/false, ja/nein)"));
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).filter(c -> c.toString().equalsIgnoreCase(text)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants())));
        }
        return attribute(text);
    }

    static Client client(Map<String, Object> facts) {
        Client client = new Client();
        Map<String, Object> attributes = new LinkedHashMap<>();
        facts.forEach((field, value) -> {
            if (field.startsWith(ATTRIBUTE_PREFIX)) {
                attributes.put(field.substring(ATTRIBUTE_PREFIX.length()), value);
            } else {
                set(client, FIELDS.get(field).getWriteMethod(), value);
            }
        });
        client.setAttributes(attributes);
        return client;
    }

    private static Object attribute(String text) {
        Optional<Boolean> bool = bool(text);
        if (bool.isPresent()) {
            return bool.get();
        }
        try {
            java.math.BigDecimal number = new java.math.BigDecimal(text);
            return number.scale() <= 0 && number.abs().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    ? (Object) number.intValue() : (Object) number.doubleValue();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Optional<Boolean> bool(String text) {
        return Optional.ofNullable(YES_NO.get(text.toLowerCase(Locale.ROOT)));
    }

    private static void set(Client client, Method setter, Object value) {
        try {
            setter.invoke(client, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set " + setter.getName(), e);
        }
    }

    private static Map<String, PropertyDescriptor> fields() {
        try {
            Map<String, PropertyDescriptor> fields = new LinkedHashMap<>();
            for (PropertyDescriptor property : Introspector.getBeanInfo(Client.class, Object.class).getPropertyDescriptors()) {
                if (property.getWriteMethod() != null && !"attributes".equals(property.getName())) {
                    fields.put(property.getName(), property);
                }
            }
            return Map.copyOf(fields);
        } catch (IntrospectionException e) {
            throw new IllegalStateException(e);
        }
    }
}
