package app.clientfit.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Client lists kept as .ods: read as rows of cell text with their places, and written back. */
class SheetRowsTests {

    @Test
    void shouldReadWhatItWroteWithUmlautsNumbersAndPlaces() {
        byte[] ods = SheetRows.writeOds("Klienten", List.of(
                List.of("clientId", "name", "invoicesTotal", "respectsTime"),
                List.of("müller-1", "Jörg Müller", 12, true),
                Arrays.asList("straße-2", null, 3.5, false)));

        List<SheetRows.TableRow> rows = SheetRows.read(ods);

        assertThat(rows).extracting(SheetRows.TableRow::cells).containsExactly(
                List.of("clientId", "name", "invoicesTotal", "respectsTime"),
                List.of("müller-1", "Jörg Müller", "12", "true"),
                List.of("straße-2", "", "3.5", "false"));
        assertThat(rows.get(1).row()).isEqualTo(2);
        assertThat(rows.get(2).location(2)).isEqualTo("sheet Klienten, cell C3");
        assertThat(rows.get(2).cell(9)).isEmpty();
    }

    @Test
    void shouldReadAClientListSavedByLibreOfficeAtTheCellsItShows() {
        List<SheetRows.TableRow> rows = SheetRows.read(OdsFiles.fixture(OdsFiles.CLIENTS));

        assertThat(rows).extracting(SheetRows.TableRow::cells).containsExactly(
                List.of("clientId", "name", "stage", "invoicesTotal", "invoicesPaidLate", "respectsTime", "notes"),
                List.of("müller-1", "Jörg Müller", "ACTIVE", "12", "0", "true", "Straße 5"),
                List.of("weekend-2", "Agentur Übermut", "PROSPECT", "", "", "false"));
        assertThat(rows.get(2).location(1)).isEqualTo("sheet clients, cell B3");
    }

    @Test
    void shouldReadAnXlsxTheSameWay() {
        List<SheetRows.TableRow> rows = SheetRows.read(Workbooks.table("3", false));

        assertThat(rows).filteredOn(row -> row.row() == 10).singleElement()
                .satisfies(row -> assertThat(row.cells()).containsExactly("Nagger", "3", "{complaintsPerMonth} complaints"));
    }

    @Test
    void shouldRefuseAFileThatIsNoSpreadsheet() {
        assertThatThrownBy(() -> SheetRows.read("name;stage".getBytes()))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.getMessage()).contains("not a spreadsheet"));
    }
}
