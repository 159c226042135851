package app.clientfit.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

/** A workbook saved by LibreOffice as .ods is read as the .xlsx it was saved from: same sheets, cells and rules. */
class OdsWorkbookTests {

    private final DecisionTableConverter converter = new DecisionTableConverter();

    @Test
    void shouldHoldTheSameSheetsCellsAndMergesAsTheXlsxItWasSavedFrom() throws IOException {
        try (Workbook xlsx = DecisionTableConverter.open(Files.readAllBytes(Path.of("rules/green-flags.xlsx")));
             Workbook ods = OdsWorkbook.read(OdsFiles.fixture(OdsFiles.GREEN_FLAGS))) {
            assertThat(cells(ods)).isNotEmpty().containsExactlyElementsOf(cells(xlsx));
            for (int i = 0; i < xlsx.getNumberOfSheets(); i++) {
                assertThat(ods.getSheetAt(i).getMergedRegions()).containsExactlyInAnyOrderElementsOf(xlsx.getSheetAt(i).getMergedRegions());
            }
        }
    }

    @Test
    void shouldGenerateTheSameRulesAsTheXlsx() throws IOException {
        List<GeneratedDrl> fromXlsx = converter.convert("rules/payment-and-boundaries.xlsx",
                Files.readAllBytes(Path.of("rules/payment-and-boundaries.xlsx")));
        List<GeneratedDrl> fromOds = converter.convert("rules/payment-and-boundaries.ods", OdsFiles.fixture(OdsFiles.PAYMENT));

        assertThat(fromOds).extracting(GeneratedDrl::sheet).containsExactlyElementsOf(fromXlsx.stream().map(GeneratedDrl::sheet).toList());
        assertThat(fromOds).extracting(GeneratedDrl::drl).containsExactlyElementsOf(fromXlsx.stream().map(GeneratedDrl::drl).toList());
        assertThat(fromOds.get(0).rowsByLine()).isEqualTo(fromXlsx.get(0).rowsByLine());
    }

    @Test
    void shouldReadTheTestsSheetOfAnOdsLikeThatOfAnXlsx() throws IOException {
        WorkbookTestReader.Tests fromXlsx = WorkbookTestReader.read(Files.readAllBytes(Path.of("rules/rulebook-tests.xlsx")));
        WorkbookTestReader.Tests fromOds = WorkbookTestReader.read(OdsFiles.fixture(OdsFiles.RULEBOOK_TESTS));

        assertThat(fromOds.cases()).isNotEmpty().isEqualTo(fromXlsx.cases());
        assertThat(fromOds.problems()).isEqualTo(fromXlsx.problems());
        assertThat(WorkbookTestReader.hasTests(OdsFiles.fixture(OdsFiles.RULEBOOK_TESTS))).isTrue();
    }

    @Test
    void shouldRecogniseAnOdsByItsContentAndNotAnXlsx() throws IOException {
        assertThat(OdsPackage.isOds(OdsFiles.fixture(OdsFiles.GREEN_FLAGS))).isTrue();
        assertThat(OdsPackage.isOds(Files.readAllBytes(Path.of("rules/green-flags.xlsx")))).isFalse();
        assertThat(OdsPackage.isOds("PK but not a zip".getBytes())).isFalse();
    }

    private static List<String> cells(Workbook workbook) {
        List<String> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String text = SheetCells.text(cell);
                    if (!text.isEmpty()) {
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress().formatAsString() + "=" + text);
                    }
                }
            }
        }
        return cells;
    }
}
