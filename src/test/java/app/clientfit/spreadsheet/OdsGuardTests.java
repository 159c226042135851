package app.clientfit.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import com.github.miachm.sods.SpreadSheet;

/** An .ods is held to the same limits as an .xlsx: hostile files are refused in plain words before anything is built. */
class OdsGuardTests {

    private static final String FIRST_CONDITION = "office:value-type=\"float\" office:value=\"3\" calcext:value-type=\"float\"><text:p>3</text:p>";

    private final DecisionTableConverter converter = new DecisionTableConverter();

    @AfterEach
    void restoreTheDefaults() {
        WorkbookGuard.apply(SpreadsheetLimits.defaults());
    }

    @Test
    void shouldRefuseAFormulaInARuleTableWithTheCellLibreOfficeShows() {
        byte[] ods = OdsFiles.withContent(OdsFiles.fixture(OdsFiles.PAYMENT), xml -> xml.replaceFirst(FIRST_CONDITION,
                "table:formula=\"of:=1+2\" " + FIRST_CONDITION));

        assertThatThrownBy(() -> converter.convert("rules/payment.ods", ods))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> {
                    assertThat(e.location()).isEqualTo("sheet Payment, cell B10");
                    assertThat(e.getMessage()).contains("formula", "never evaluated");
                });
    }

    @Test
    void shouldSayAFileNamedOdsThatIsNoZipIsNoOpenDocumentSpreadsheet() {
        assertThatThrownBy(() -> converter.convert("rules/notes.ods", "RuleTable Payment".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.getMessage())
                        .contains("not an OpenDocument spreadsheet (.ods)", "save it again"));
    }

    @Test
    void shouldRefuseAContentPartThatUnpacksLikeAZipBomb() {
        byte[] bomb = OdsFiles.withContent(OdsFiles.fixture(OdsFiles.PAYMENT),
                xml -> xml.replace("<text:p>Notes</text:p>", "<text:p>" + "x".repeat(20_000_000) + "</text:p>"));

        assertThat(bomb.length).isLessThan(1_000_000);
        assertThatThrownBy(() -> converter.convert("rules/bomb.ods", bomb))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.getMessage()).contains("zip bomb"));
    }

    @Test
    void shouldRefuseASheetWhoseRepeatedCellsWouldFillMillionsOfCells() {
        String huge = "<table:table-row table:number-rows-repeated=\"9000\"><table:table-cell table:number-columns-repeated=\"9000\" "
                + "office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>";
        byte[] ods = OdsFiles.withContent(OdsFiles.fixture(OdsFiles.PAYMENT),
                xml -> xml.replaceFirst("</table:table-row>", "</table:table-row>" + huge));

        assertThat(ods.length).isLessThan(100_000);
        assertThatThrownBy(() -> converter.convert("rules/huge.ods", ods))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> {
                    assertThat(e.location()).isEqualTo("sheet Payment");
                    assertThat(e.getMessage()).contains("9000 columns", "2000000 cells");
                });
    }

    @Test
    void shouldRefuseEntityExpansionInAnyPart() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE office:document-content [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        byte[] laughs = OdsFiles.withContent(OdsFiles.fixture(OdsFiles.PAYMENT), xml -> xml.replaceFirst("\\?>", "?>" + dtd + "]>")
                .replace("<text:p>Notes</text:p>", "<text:p>&a9;</text:p>"));

        assertThatThrownBy(() -> converter.convert("rules/laughs.ods", laughs))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.getMessage()).contains("content.xml"));
    }

    @Test
    void shouldNeverResolveAnExternalEntityNotEvenInsideTheFormatLibrary(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
        byte[] xxe = OdsFiles.withContent(OdsFiles.fixture(OdsFiles.PAYMENT), xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("<text:p>Notes</text:p>", "<text:p>&xxe;</text:p>"));

        assertThatThrownBy(() -> converter.convert("rules/xxe.ods", xxe))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.getMessage()).contains("DTD").doesNotContain("TOP-SECRET"));
        Throwable direct = catchThrowable(() -> assertThat(cellTexts(new SpreadSheet(new ByteArrayInputStream(xxe))))
                .noneMatch(text -> text.contains("TOP-SECRET-MARKER")));
        assertThat(direct).satisfiesAnyOf(thrown -> assertThat(thrown).isNull(),
                thrown -> assertThat(thrown).isNotInstanceOf(AssertionError.class));
    }

    @Test
    void shouldRefuseAPasswordProtectedOds() {
        byte[] locked = OdsFiles.withPart(OdsFiles.fixture(OdsFiles.PAYMENT), "META-INF/manifest.xml",
                xml -> xml.replace("</manifest:manifest>", "<manifest:encryption-data/></manifest:manifest>"));

        assertThatThrownBy(() -> converter.convert("rules/locked.ods", locked))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.getMessage()).contains("password-protected"));
    }

    @Test
    void shouldRefuseAnOdsOverTheConfiguredSize() {
        WorkbookGuard.apply(new SpreadsheetLimits(DataSize.ofBytes(1000), 0.01, DataSize.ofMegabytes(64),
                DataSize.ofMegabytes(10), 1000, DataSize.ofMegabytes(64)));

        assertThatThrownBy(() -> converter.convert("rules/payment.ods", OdsFiles.fixture(OdsFiles.PAYMENT)))
                .isInstanceOfSatisfying(SpreadsheetException.class, e -> assertThat(e.getMessage()).contains("the limit is 1000 bytes"));
    }

    private static java.util.List<String> cellTexts(SpreadSheet ods) {
        return ods.getSheets().stream().flatMap(sheet -> Arrays.stream(sheet.getDataRange().getValues()).flatMap(Arrays::stream))
                .filter(Objects::nonNull).map(Object::toString).toList();
    }
}
