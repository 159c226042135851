package app.clientfit.rules.lint;

import java.math.BigDecimal;

/** The values a condition lets through for one numeric fact; an end at infinity is open. */
record Range(double low, boolean lowOpen, double high, boolean highOpen) {

    static final Range ALL = new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);

    /** {@code field op value}, with the field on the left. */
    static Range of(String operator, double value) {
        return switch (operator) {
            case ">=" -> new Range(value, false, ALL.high, true);
            case ">" -> new Range(value, true, ALL.high, true);
            case "<=" -> new Range(ALL.low, true, value, false);
            case "<" -> new Range(ALL.low, true, value, true);
            case "==" -> new Range(value, false, value, false);
            default -> throw new IllegalArgumentException(operator);
        };
    }

    Range intersect(Range other) {
        boolean otherLow = other.low > low || (other.low == low && other.lowOpen);
        boolean otherHigh = other.high < high || (other.high == high && other.highOpen);
        return new Range(otherLow ? other.low : low, otherLow ? other.lowOpen : lowOpen,
                otherHigh ? other.high : high, otherHigh ? other.highOpen : highOpen);
    }

    /** The same values for a whole-number fact, with closed ends: {@code > 3} is {@code >= 4}. */
    Range wholeNumbers() {
        double from = Double.isInfinite(low) ? low : lowOpen ? Math.floor(low) + 1 : Math.ceil(low);
        double to = Double.isInfinite(high) ? high : highOpen ? Math.ceil(high) - 1 : Math.floor(high);
        return new Range(from, Double.isInfinite(from), to, Double.isInfinite(to));
    }

    boolean isEmpty() {
        return low > high || (low == high && (lowOpen || highOpen));
    }

    /** Whether every value of this range is in the other. */
    boolean within(Range other) {
        if (isEmpty()) {
            return true;
        }
        boolean fromInside = other.low < low || (other.low == low && (!other.lowOpen || lowOpen));
        boolean toInside = other.high > high || (other.high == high && (!other.highOpen || highOpen));
        return fromInside && toInside;
    }

    /** "at least 3", "below 50", "between 0 and 100", "exactly 2". */
    String text() {
        boolean bounded = !Double.isInfinite(low);
        boolean capped = !Double.isInfinite(high);
        if (bounded && capped) {
            if (low == high && !lowOpen && !highOpen) {
                return "exactly " + number(low);
            }
            return lowOpen || highOpen ? from() + " and " + to() : "between " + number(low) + " and " + number(high);
        }
        return bounded ? from() : capped ? to() : "any value";
    }

    private String from() {
        return (lowOpen ? "above " : "at least ") + number(low);
    }

    private String to() {
        return (highOpen ? "below " : "at most ") + number(high);
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
