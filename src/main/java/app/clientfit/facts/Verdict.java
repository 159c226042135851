package app.clientfit.facts;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The decision a verdict rule inserts. Exactly one is expected per evaluation; verdict rules guard
 * themselves with {@code not Verdict()} and write {@code insert(new Verdict(Verdict.BAD, "why"))}.
 */
public class Verdict {

    /** What a verdict can say, in the order of the contract: the one list of verdicts. */
    public enum Value {
        GOOD, REVIEW, BAD;

        /** The verdict a text names exactly, if it names one. */
        public static Optional<Value> named(String text) {
            return Arrays.stream(values()).filter(value -> value.name().equals(text)).findFirst();
        }

        /** "GOOD, REVIEW or BAD", for messages. */
        public static String listed() {
            String all = Arrays.stream(values()).map(Value::name).collect(Collectors.joining(", "));
            int last = all.lastIndexOf(", ");
            return all.substring(0, last) + " or " + all.substring(last + 2);
        }
    }

    // The names rule files use.
    public static final Value GOOD = Value.GOOD;
    public static final Value REVIEW = Value.REVIEW;
    public static final Value BAD = Value.BAD;

    private final Value value;
    private final String because;

    public Verdict(Value value, String because) {
        if (value == null) {
            throw new IllegalArgumentException("verdict must be " + Value.listed() + ", not null");
        }
        Texts.requireShort("the reason of a verdict", because);
        this.value = value;
        this.because = because;
    }

    /** For rule files that write the verdict as text: {@code new Verdict("BAD", "why")}. */
    public Verdict(String value, String because) {
        this(Value.named(value).orElseThrow(() -> new IllegalArgumentException("verdict must be " + Value.listed() + ", not '" + value + "'")), because);
    }

    public Value getValue() {
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
