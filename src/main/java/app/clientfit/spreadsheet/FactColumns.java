package app.clientfit.spreadsheet;

import java.util.Optional;

/**
 * The columns of a client list, named as the {@code Tests} sheets name them: a fact field as the API spells it
 * ({@code invoicesTotal}, {@code stage}) or {@code attributes.<name>}, and a cell's text as the field's value.
 */
public final class FactColumns {

    private FactColumns() {
    }

    /** The fact field a column header names, spelt as the API spells it; empty for any other column. */
    public static Optional<String> field(String header) {
        return ClientFacts.canonical(header.trim());
    }

    /** The field a misspelt header probably means, if one is near enough. */
    public static Optional<String> nearest(String header) {
        return ClientFacts.nearestField(header.trim());
    }

    /**
     * The cell's text as the field's value (Integer, Double, Boolean, Stage or text; an attribute as yes/no, number
     * or text); yes/no also as ja/nein and true/false.
     *
     * @throws IllegalArgumentException with a sentence saying why the text is not such a value
     */
    public static Object value(String field, String text) {
        return ClientFacts.convert(field, text.trim());
    }
}
