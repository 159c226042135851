package app.clientfit.evaluation;

import app.clientfit.facts.Client;

/** From the posted record to the fact the rules see. */
public final class ClientMapper {

    private ClientMapper() {
    }

    public static Client toClient(EvaluationRequest request) {
        Client client = new Client();
        client.setClientId(request.clientId());
        client.setName(request.name());
        client.setStage(request.stage());
        client.setInvoicesTotal(request.invoicesTotal());
        client.setInvoicesPaidLate(request.invoicesPaidLate());
        client.setAverageDaysLate(request.averageDaysLate() == null ? null : request.averageDaysLate() + 0.0); // -0.0 becomes 0.0
        client.setPaymentRemindersSent(request.paymentRemindersSent());
        client.setAfterHoursContactsPerMonth(request.afterHoursContactsPerMonth());
        client.setComplaintsPerMonth(request.complaintsPerMonth());
        client.setBrokenAgreements(request.brokenAgreements());
        client.setCancellationDisputes(request.cancellationDisputes());
        client.setBadmouthsPreviousProvider(request.badmouthsPreviousProvider());
        client.setInterruptsConstantly(request.interruptsConstantly());
        client.setRespectsTime(request.respectsTime());
        client.setCanStateOffer(request.canStateOffer());
        client.setKnowsNumbers(request.knowsNumbers());
        client.setWillingToLearn(request.willingToLearn());
        client.setNeedsConvincing(request.needsConvincing());
        client.setValuesExpertise(request.valuesExpertise());
        client.setSharedValues(request.sharedValues());
        client.setReferralsGiven(request.referralsGiven());
        client.setGivesConstructiveFeedback(request.givesConstructiveFeedback());
        client.setHighExpectations(request.highExpectations());
        client.setChaotic(request.chaotic());
        client.setAttributes(request.attributes());
        return client;
    }
}
