package app.clientfit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvaluatedListTests {

    @Test
    void shouldNameTheDownloadAfterTheListWithItsUmlautsAndTheAnswersKind() {
        assertThat(EvaluatedList.evaluatedName("Kunden März.xlsx", TableFormat.CSV)).isEqualTo("Kunden März-evaluated.csv");
    }

    @Test
    void shouldKeepOnlyTheFileNameOfAPathAndDropControlCharacters() {
        assertThat(EvaluatedList.evaluatedName("C:\\Users\\coach\\list\u0000.csv", TableFormat.CSV)).isEqualTo("list-evaluated.csv");
        assertThat(EvaluatedList.evaluatedName(null, TableFormat.XLSX)).isEqualTo("clients-evaluated.xlsx");
    }
}
