package app.clientfit.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.clientfit.facts.Client;

class FactTypeTests {

    private final FactType client = FactType.of(Client.class);

    @Test
    void shouldKnowTheFieldsAndMethodsOfAFact() {
        assertThat(client.hasField("invoicesPaidLate")).isTrue();
        assertThat(client.hasField("latePaymentPercent")).isTrue();
        assertThat(client.fieldType("averageDaysLate")).isEqualTo(Double.class);
        assertThat(client.hasMethod("attributeBelow")).isTrue();
        assertThat(client.hasField("invoicesPaidLat")).isFalse();
    }

    @Test
    void shouldSuggestTheNearestNameOnlyWhenItIsClose() {
        assertThat(client.nearestField("invoicesPaidLat")).contains("invoicesPaidLate");
        assertThat(client.nearestField("complaintsPerMonht")).contains("complaintsPerMonth");
        assertThat(client.nearestField("budget")).isEmpty();
        assertThat(client.nearestMethod("attributeBelw")).contains("attributeBelow");
    }

    @Test
    void shouldResolveASimpleNameThroughTheImports() {
        assertThat(FactType.resolve("Client", List.of("app.clientfit.facts.Finding", "app.clientfit.facts.Client")))
                .map(FactType::name).contains("Client");
        assertThat(FactType.resolve("Clint", List.of("app.clientfit.facts.Client"))).isEmpty();
    }

    @Test
    void shouldTakeAHeaderKeywordAsTheFullWordOrItsLetter() {
        assertThat(HeaderKeywords.isKnown("CONDITION")).isTrue();
        assertThat(HeaderKeywords.isKnown("condition")).isTrue();
        assertThat(HeaderKeywords.isKnown("C")).isTrue();
        assertThat(HeaderKeywords.isKnown("NO-LOOP")).isTrue();
        assertThat(HeaderKeywords.isKnown("ACTON")).isFalse();
        assertThat(HeaderKeywords.isKnown("Cond.")).isFalse();
        assertThat(HeaderKeywords.problem("SALIENCE")).isEqualTo(
                "column header 'SALIENCE' is not a known keyword (use CONDITION, ACTION, NAME or another decision-table keyword)");
    }
}
