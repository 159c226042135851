package app.clientfit.rules.sandbox;

/** Where a rule, function or declared type of a package lives in the files a coach edits. */
@FunctionalInterface
public interface CodeOrigins {

    enum Kind { RULE, FUNCTION, TYPE }

    /**
     * @param kind what {@code name} names; queries count as rules
     * @return the file and the place in it ({@code sheet Payment, row 10}, {@code line 12}), or null when not known
     */
    Place place(Kind kind, String packageName, String name);

    /** @param location null for the whole file */
    record Place(String source, String location) {
    }
}
