package app.clientfit.rules.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rule, query, function or declared type a generated class was built for. A class is taken for
 * the one of its source file (the engine compiles one Java file per rule and per function, so a class
 * that rule text smuggles into the file of a rule is still that rule's); an invoker for the rule whose
 * class name begins its own; a query, which has no consequence to name its class, by the engine's
 * spelling of its name.
 */
final class Origins {

    /** @param kind null when the class cannot be traced to anything a coach wrote */
    record Origin(CodeOrigins.Kind kind, String packageName, String name) {

        String describe() {
            if (kind == null) {
                return "these rules";
            }
            return switch (kind) {
                case RULE -> "rule '" + name + "'";
                case FUNCTION -> "function '" + name + "'";
                case TYPE -> "declared type '" + name + "'";
            };
        }
    }

    private final Map<String, Origin> byTopLevelClass = new HashMap<>();
    private final List<String> ruleClasses = new ArrayList<>();
    private final List<Origin> rules = new ArrayList<>();

    void add(String internalName, Origin origin) {
        byTopLevelClass.putIfAbsent(internalName, origin);
    }

    void ruleClass(String internalName, String packageName, String ruleName) {
        add(internalName, new Origin(CodeOrigins.Kind.RULE, packageName, ruleName));
        ruleClasses.add(internalName);
    }

    void rule(String packageName, String ruleName) {
        rules.add(new Origin(CodeOrigins.Kind.RULE, packageName, ruleName));
    }

    /**
     * @param internalName the class, {@code clientfit/rules/Rule_Late_payer123$1}
     * @param sourceFile   its SourceFile attribute, {@code Rule_Late_payer123.java}, or null
     */
    Origin of(String internalName, String sourceFile) {
        int slash = internalName.lastIndexOf('/');
        String folder = internalName.substring(0, slash + 1);
        // A rule's name may hold '$' once the engine spells it, so a '$' alone does not make a class nested.
        List<String> names = new ArrayList<>();
        if (sourceFile != null && sourceFile.endsWith(".java")) {
            names.add(folder + sourceFile.substring(0, sourceFile.length() - ".java".length()));
        }
        names.add(internalName);
        names.add(topLevel(internalName));
        for (String name : names) {
            Origin known = byTopLevelClass.get(name);
            String ruleClass = ruleClasses.stream().filter(rule -> followedBySuffix(name, rule))
                    .reduce((a, b) -> a.length() >= b.length() ? a : b).orElse(null);
            if (known != null || ruleClass != null) {
                return known != null ? known : byTopLevelClass.get(ruleClass);
            }
        }
        String packageName = folder.isEmpty() ? "" : folder.substring(0, folder.length() - 1).replace('/', '.');
        return rules.stream()
                .filter(rule -> rule.packageName().equals(packageName)
                        && names.stream().anyMatch(name -> isClassOf(name.substring(slash + 1), rule.name())))
                .findFirst().orElse(new Origin(null, packageName, null));
    }

    private static String topLevel(String internalName) {
        int dollar = internalName.indexOf('$', internalName.lastIndexOf('/') + 1);
        return dollar < 0 ? internalName : internalName.substring(0, dollar);
    }

    /** {@code Rule_X123DefaultConsequenceInvoker}, {@code Rule_X123Eval0Invoker}: the rule class, then a capital. */
    private static boolean followedBySuffix(String className, String ruleClass) {
        return className.length() > ruleClass.length() && className.startsWith(ruleClass)
                && Character.isUpperCase(className.charAt(ruleClass.length()));
    }

    /** {@code Rule_} and the engine's spelling of the name, then the digits of a hash, then an invoker's suffix or nothing. */
    private static boolean isClassOf(String simpleName, String ruleName) {
        String prefix = "Rule_" + engineSpelling(ruleName);
        if (!simpleName.startsWith(prefix)) {
            return false;
        }
        int end = prefix.length();
        while (end < simpleName.length() && Character.isDigit(simpleName.charAt(end))) {
            end++;
        }
        return end > prefix.length() && (end == simpleName.length() || Character.isUpperCase(simpleName.charAt(end)));
    }

    /** As the engine turns a rule name into a Java name: spaces to '_', '$' spelt out, other signs by their code. */
    static String engineSpelling(String name) {
        StringBuilder spelt = new StringBuilder(name.length());
        for (char c : name.replace(' ', '_').toCharArray()) {
            if (c == '$') {
                spelt.append("_dollar_");
            } else if (Character.isJavaIdentifierPart(c)) {
                spelt.append(c);
            } else {
                spelt.append("$u").append((int) c).append('$');
            }
        }
        return spelt.toString();
    }
}
