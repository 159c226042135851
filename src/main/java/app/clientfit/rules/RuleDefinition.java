package app.clientfit.rules;

/**
 * A rule of the active rule set and where a coach finds it.
 *
 * @param location {@code sheet Payment, row 10} for a decision table, {@code line 12} for DRL
 */
public record RuleDefinition(String packageName, String name, String source, String location) {

    public static String key(String packageName, String name) {
        return packageName + "/" + name;
    }

    public String key() {
        return key(packageName, name);
    }
}
