package app.clientfit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonTemplateTests {

    @Test
    void shouldCompareTheExactShareButShowItRounded() {
        Client client = new Client();
        client.setInvoicesTotal(101);
        client.setInvoicesPaidLate(50);

        assertThat(client.getLatePaymentPercent()).isLessThan(50.0);
        assertThat(client.explain("{latePaymentPercent} % paid late")).isEqualTo("49.5 % paid late");
    }

    @Test
    void shouldShowAWholeShareWithoutDecimals() {
        Client client = new Client();
        client.setInvoicesTotal(10);
        client.setInvoicesPaidLate(7);

        assertThat(client.explain("{latePaymentPercent} %")).isEqualTo("70 %");
    }
}
