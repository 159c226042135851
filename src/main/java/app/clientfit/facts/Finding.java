package app.clientfit.facts;

/**
 * One reason behind a verdict: a rule matched and says what it means for the client.
 * Rules insert findings; an exception rule may waive one, which keeps it visible but
 * takes its points out of the score.
 */
public class Finding {

    private final String rule;
    private final String category;
    private final int originalPoints;
    private final String reason;
    private int points;
    private String waivedBy;

    public Finding(String rule, String category, int points, String reason) {
        Texts.requireShort("the rule name of a finding", rule);
        Texts.requireShort("the category of a finding", category);
        Texts.requireShort("the reason of a finding", reason);
        this.rule = rule;
        this.category = category;
        this.originalPoints = points;
        this.points = points;
        this.reason = reason;
    }

    /** Called from an exception rule inside {@code modify}: the finding stays, its points go. */
    public void waive(String exceptionRule) {
        Texts.requireShort("the rule that waives a finding", exceptionRule);
        this.waivedBy = exceptionRule;
        this.points = 0;
    }

    public String getRule() {
        return rule;
    }

    public String getCategory() {
        return category;
    }

    public int getPoints() {
        return points;
    }

    public int getOriginalPoints() {
        return originalPoints;
    }

    public String getReason() {
        return reason;
    }

    public String getWaivedBy() {
        return waivedBy;
    }

    public boolean isWaived() {
        return waivedBy != null;
    }

    @Override
    public String toString() {
        return rule + " [" + category + ", " + points + "]: " + reason;
    }
}
