package app.clientfit.facts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts about one client that the rules see. Every field but {@code clientId} and {@code stage}
 * may be null, meaning unknown; Drools constraints on a null field never match, so an unknown fact
 * never counts against a client.
 */
public class Client {
    private String clientId;
    private String name;
    private Stage stage;
    private Integer invoicesTotal;
    private Integer invoicesPaidLate;
    private Double averageDaysLate;
    private Integer paymentRemindersSent;
    private Integer afterHoursContactsPerMonth;
    private Integer complaintsPerMonth;
    private Integer brokenAgreements;
    private Integer cancellationDisputes;
    private Boolean badmouthsPreviousProvider;
    private Boolean interruptsConstantly;
    private Boolean respectsTime;
    private Boolean canStateOffer;
    private Boolean knowsNumbers;
    private Boolean willingToLearn;
    private Boolean needsConvincing;
    private Boolean valuesExpertise;
    private Boolean sharedValues;
    private Integer referralsGiven;
    private Boolean givesConstructiveFeedback;
    private Boolean highExpectations;
    private Boolean chaotic;
    private Map<String, Object> attributes = new LinkedHashMap<>();

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public Integer getInvoicesTotal() {
        return invoicesTotal;
    }

    public void setInvoicesTotal(Integer invoicesTotal) {
        this.invoicesTotal = invoicesTotal;
    }

    public Integer getInvoicesPaidLate() {
        return invoicesPaidLate;
    }

    public void setInvoicesPaidLate(Integer invoicesPaidLate) {
        this.invoicesPaidLate = invoicesPaidLate;
    }

    public Double getAverageDaysLate() {
        return averageDaysLate;
    }

    public void setAverageDaysLate(Double averageDaysLate) {
        this.averageDaysLate = averageDaysLate;
    }

    public Integer getPaymentRemindersSent() {
        return paymentRemindersSent;
    }

    public void setPaymentRemindersSent(Integer paymentRemindersSent) {
        this.paymentRemindersSent = paymentRemindersSent;
    }

    public Integer getAfterHoursContactsPerMonth() {
        return afterHoursContactsPerMonth;
    }

    public void setAfterHoursContactsPerMonth(Integer afterHoursContactsPerMonth) {
        this.afterHoursContactsPerMonth = afterHoursContactsPerMonth;
    }

    public Integer getComplaintsPerMonth() {
        return complaintsPerMonth;
    }

    public void setComplaintsPerMonth(Integer complaintsPerMonth) {
        this.complaintsPerMonth = complaintsPerMonth;
    }

    public Integer getBrokenAgreements() {
        return brokenAgreements;
    }

    public void setBrokenAgreements(Integer brokenAgreements) {
        this.brokenAgreements = brokenAgreements;
    }

    public Integer getCancellationDisputes() {
        return cancellationDisputes;
    }

    public void setCancellationDisputes(Integer cancellationDisputes) {
        this.cancellationDisputes = cancellationDisputes;
    }

    public Boolean getBadmouthsPreviousProvider() {
        return badmouthsPreviousProvider;
    }

    public void setBadmouthsPreviousProvider(Boolean badmouthsPreviousProvider) {
        this.badmouthsPreviousProvider = badmouthsPreviousProvider;
    }

    public Boolean getInterruptsConstantly() {
        return interruptsConstantly;
    }

    public void setInterruptsConstantly(Boolean interruptsConstantly) {
        this.interruptsConstantly = interruptsConstantly;
    }

    public Boolean getRespectsTime() {
        return respectsTime;
    }

    public void setRespectsTime(Boolean respectsTime) {
        this.respectsTime = respectsTime;
    }

    public Boolean getCanStateOffer() {
        return canStateOffer;
    }

    public void setCanStateOffer(Boolean canStateOffer) {
        this.canStateOffer = canStateOffer;
    }

    public Boolean getKnowsNumbers() {
        return knowsNumbers;
    }

    public void setKnowsNumbers(Boolean knowsNumbers) {
        this.knowsNumbers = knowsNumbers;
    }

    public Boolean getWillingToLearn() {
        return willingToLearn;
    }

    public void setWillingToLearn(Boolean willingToLearn) {
        this.willingToLearn = willingToLearn;
    }

    public Boolean getNeedsConvincing() {
        return needsConvincing;
    }

    public void setNeedsConvincing(Boolean needsConvincing) {
        this.needsConvincing = needsConvincing;
    }

    public Boolean getValuesExpertise() {
        return valuesExpertise;
    }

    public void setValuesExpertise(Boolean valuesExpertise) {
        this.valuesExpertise = valuesExpertise;
    }

    public Boolean getSharedValues() {
        return sharedValues;
    }

    public void setSharedValues(Boolean sharedValues) {
        this.sharedValues = sharedValues;
    }

    public Integer getReferralsGiven() {
        return referralsGiven;
    }

    public void setReferralsGiven(Integer referralsGiven) {
        this.referralsGiven = referralsGiven;
    }

    public Boolean getGivesConstructiveFeedback() {
        return givesConstructiveFeedback;
    }

    public void setGivesConstructiveFeedback(Boolean givesConstructiveFeedback) {
        this.givesConstructiveFeedback = givesConstructiveFeedback;
    }

    public Boolean getHighExpectations() {
        return highExpectations;
    }

    public void setHighExpectations(Boolean highExpectations) {
        this.highExpectations = highExpectations;
    }

    public Boolean getChaotic() {
        return chaotic;
    }

    public void setChaotic(Boolean chaotic) {
        this.chaotic = chaotic;
    }

    /** The coach's own criteria, read-only: a rule reads a client, it never changes one. */
    public Map<String, Object> getAttributes() {
        return java.util.Collections.unmodifiableMap(attributes);
    }

    public void setAttributes(Map<String, Object> attributes) {
        this.attributes = attributes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(attributes);
    }

    /**
     * Share of invoices paid late, in percent, exact (50 of 101 is 49.50..., below 50); null when there are
     * no invoices to judge. Rules compare this exact value; only a reason text shows it rounded.
     */
    public Double getLatePaymentPercent() {
        if (invoicesTotal == null || invoicesPaidLate == null || invoicesTotal == 0) {
            return null;
        }
        return 100.0 * invoicesPaidLate / invoicesTotal;
    }

    /** True only when the coach's own attribute is a number below the limit; unknown is never below. */
    public boolean attributeBelow(String attribute, double limit) {
        return attributes.get(attribute) instanceof Number number && number.doubleValue() < limit;
    }

    /** True only when the coach's own attribute is a number at or above the limit. */
    public boolean attributeAtLeast(String attribute, double limit) {
        return attributes.get(attribute) instanceof Number number && number.doubleValue() >= limit;
    }

    /** True only when the coach's own attribute is the boolean {@code true}. */
    public boolean attributeIsTrue(String attribute) {
        return Boolean.TRUE.equals(attributes.get(attribute));
    }

    /** True only when the coach's own attribute is the boolean {@code false}. */
    public boolean attributeIsFalse(String attribute) {
        return Boolean.FALSE.equals(attributes.get(attribute));
    }

    /**
     * Fills a reason template with this client's own values: {@code {invoicesPaidLate}} becomes the
     * field's value, {@code {attributes.monthlyBudget}} a value of the coach's own criteria.
     */
    public String explain(String template) {
        return ReasonTemplate.fill(template, this);
    }
}
