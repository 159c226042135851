package app.clientfit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which changes in the rule folder are worth a build. */
class FolderEventsTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "payment.xlsx, true",
            "verdict.drl, true",
            "old.xls, true",
            "table.csv, true",
            "Kunden 2026, true",
            "B5A3C2D1, true",
            "~$payment.xlsx, false",
            ".~lock.payment.xlsx#, false",
            ".hidden.drl, false",
            "lu12345abc.tmp, false",
            "payment.xlsx~, false",
            "notes.txt, false"
    })
    void onlyRuleFilesAndFoldersMatter(String name, boolean matters) {
        assertThat(FolderEvents.matters(name)).isEqualTo(matters);
    }
}
