package app.clientfit.evaluation;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import app.clientfit.facts.Stage;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The client facts as posted; every field but clientId and stage may be absent (unknown). averageDaysLate is
 * compared by value, so -0.0 is zero.
 */
@PaidLateWithinTotal
@TextWithinLimits
@StorableValues
@JsonIgnoreProperties(ignoreUnknown = false)
public record EvaluationRequest(
        @NotBlank String clientId,
        String name,
        @NotNull Stage stage,
        @PositiveOrZero Integer invoicesTotal,
        @PositiveOrZero Integer invoicesPaidLate,
        @DecimalMin("0") Double averageDaysLate,
        @PositiveOrZero Integer paymentRemindersSent,
        @PositiveOrZero Integer afterHoursContactsPerMonth,
        @PositiveOrZero Integer complaintsPerMonth,
        @PositiveOrZero Integer brokenAgreements,
        @PositiveOrZero Integer cancellationDisputes,
        Boolean badmouthsPreviousProvider,
        Boolean interruptsConstantly,
        Boolean respectsTime,
        Boolean canStateOffer,
        Boolean knowsNumbers,
        Boolean willingToLearn,
        Boolean needsConvincing,
        Boolean valuesExpertise,
        Boolean sharedValues,
        @PositiveOrZero Integer referralsGiven,
        Boolean givesConstructiveFeedback,
        Boolean highExpectations,
        Boolean chaotic,
        @ValidAttributes Map<String, Object> attributes) {
}
