package app.clientfit.facts;

/**
 * The decision a verdict rule inserts. Exactly one is expected per evaluation; verdict rules guard
 * themselves with {@code not Verdict()}.
 */
public class Verdict {

    public static final String GOOD = "GOOD";
    public static final String REVIEW = "REVIEW";
    public static final String BAD = "BAD";

    private final String value;
    private final String because;

    public Verdict(String value, String because) {
        if (!GOOD.equals(value) && !REVIEW.equals(value) && !BAD.equals(value)) {
            throw new IllegalArgumentException("verdict must be GOOD, REVIEW or BAD, not '" + value + "'");
        }
        Texts.requireShort("the reason of a verdict", because);
        this.value = value;
        this.because = because;
    }

    public String getValue() {
        return value;
    }

    public String getBecause() {
        return because;
    }

    @Override
    public String toString() {
        return value + " (" + because + ")";
    }
}
