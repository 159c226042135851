package app.clientfit.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Workbooks that try to exhaust the service or make it compute are refused before the table reader sees them. */
class WorkbookGuardTests {

    private final DecisionTableConverter converter = new DecisionTableConverter();

    @AfterEach
    void restoreTheDefaults() {
        WorkbookGuard.apply(SpreadsheetLimits.defaults());
    }

    @Test
    void shouldReadTheHarmlessTable() {
        assertThat(converter.convert("rules/t.xlsx", Workbooks.table("3", false))).singleElement()
                .satisfies(sheet -> assertThat(sheet.drl()).contains("complaintsPerMonth >= 3"));
    }

    @Test
    void shouldRefuseAFormulaInARuleTableWithItsCell() {
        assertThatThrownBy(() -> converter.convert("rules/t.xlsx", Workbooks.table("1+2", true)))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> {
                    assertThat(e.location()).isEqualTo("sheet Table, cell B10");
                    assertThat(e.getMessage()).contains("formula", "never evaluated");
                });
    }

    @Test
    void shouldRefuseAHugeSharedStringTableAsAZipBomb() {
        byte[] bomb = Workbooks.hugeSharedStrings(20);

        assertThat(bomb.length).isLessThan(1_000_000);
        assertThatThrownBy(() -> converter.convert("rules/bomb.xlsx", bomb))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.getMessage()).contains("zip bomb"));
    }

    @Test
    void shouldRefuseEntityExpansionInTheWorkbooksXml() {
        assertThatThrownBy(() -> converter.convert("rules/laughs.xlsx", Workbooks.entityExpansion()))
                .isInstanceOf(SpreadsheetException.class);
    }

    @Test
    void shouldRefuseAFileOverTheConfiguredSize() {
        WorkbookGuard.apply(new SpreadsheetLimits(DataSize.ofBytes(1000), 0.01, DataSize.ofMegabytes(64),
                DataSize.ofMegabytes(10), 1000, DataSize.ofMegabytes(64)));

        assertThatThrownBy(() -> converter.convert("rules/t.xlsx", Workbooks.table("3", false)))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.getMessage()).contains("the limit is 1000 bytes"));
    }

    @Test
    void shouldKeepTheConfiguredInflateRatioAfterTheTableReaderRan() {
        WorkbookGuard.apply(new SpreadsheetLimits(DataSize.ofMegabytes(5), 0.05, DataSize.ofMegabytes(64),
                DataSize.ofMegabytes(10), 1000, DataSize.ofMegabytes(64)));

        converter.convert("rules/t.xlsx", Workbooks.table("3", false));

        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.05);
    }
}
