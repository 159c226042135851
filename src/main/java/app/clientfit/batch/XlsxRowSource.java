package app.clientfit.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;

/**
 * The first sheet of an {@code .xlsx} workbook, streamed: the sheet's XML is read as it comes (POI's event API), so a
 * list of any length takes little memory. A merged cell's value counts for every cell it covers; a sheet names its
 * merged cells after its rows, so the sheet is read twice.
 */
final class XlsxRowSource implements RowSource {

    private final Path file;

    XlsxRowSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(Consumer<SourceRow> rows) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            List<CellRangeAddress> merged = new ArrayList<>();
            try (InputStream sheet = firstSheet(reader)) {
                parse(sheet, new MergedCells(merged));
            }
            try (InputStream sheet = firstSheet(reader)) {
                parse(sheet, new XSSFSheetXMLHandler(styles, null, strings, new Rows(rows, merged), new PlainCellText(), false));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof UnreadableTableException unreadable) {
                throw unreadable;
            }
            throw new UnreadableTableException("the file cannot be read as an .xlsx workbook (" + e.getMessage() + ")");
        }
    }

    private static InputStream firstSheet(XSSFReader reader) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new UnreadableTableException("the workbook has no sheet");
        }
        return sheets.next();
    }

    private static void parse(InputStream sheet, DefaultHandler handler) throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = SAXHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(sheet));
    }

    /** Collects the sheet's merged areas. */
    private static final class MergedCells extends DefaultHandler {

        private final List<CellRangeAddress> merged;

        MergedCells(List<CellRangeAddress> merged) {
            this.merged = merged;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                merged.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
            }
        }
    }

    /** Gathers each row's cells and hands the row on, merged areas filled with their first cell's value. */
    private static final class Rows implements SheetContentsHandler {

        private final Consumer<SourceRow> rows;
        private final List<CellRangeAddress> merged;
        private final List<String> mergedValues;
        private final List<String> cells = new ArrayList<>();

        Rows(Consumer<SourceRow> rows, List<CellRangeAddress> merged) {
            this.rows = rows;
            this.merged = merged;
            this.mergedValues = new ArrayList<>(java.util.Collections.nCopies(merged.size(), ""));
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            CellReference cell = new CellReference(reference);
            set(cell.getCol(), value == null ? "" : value);
            for (int i = 0; i < merged.size(); i++) {
                CellRangeAddress area = merged.get(i);
                if (area.getFirstRow() == cell.getRow() && area.getFirstColumn() == cell.getCol()) {
                    mergedValues.set(i, value == null ? "" : value);
                }
            }
        }

        @Override
        public void endRow(int rowNum) {
            for (int i = 0; i < merged.size(); i++) {
                CellRangeAddress area = merged.get(i);
                if (area.getFirstRow() <= rowNum && rowNum <= area.getLastRow()) {
                    for (int column = area.getFirstColumn(); column <= area.getLastColumn(); column++) {
                        set(column, mergedValues.get(i));
                    }
                }
            }
            rows.accept(new SourceRow(rowNum + 1, cells));
        }

        private void set(int column, String value) {
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value);
        }
    }
}
