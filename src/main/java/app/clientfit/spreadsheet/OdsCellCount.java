package app.clientfit.spreadsheet;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one XML part of an .ods the way the format library will, without building anything: refuses a DTD
 * (no spreadsheet program writes one, and it is how entity tricks arrive), and refuses a sheet whose filled
 * area would be huge. An .ods says "this cell, repeated 10,000 times" in a few bytes, so its size on disk says
 * nothing about the memory it takes; the filled area (last filled row times last filled column) does.
 */
final class OdsCellCount {

    /** Far more than any rule workbook or client list; a workbook this big is refused before it is built. */
    static final long MAX_CELLS = 2_000_000;
    /** The format library takes a bigger repeat count for a damaged file and leaves the rows or cells out. */
    private static final int LIBRARY_SKIPS_REPEATS_OVER = 10_000;
    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final XMLInputFactory FACTORY = secureFactory();

    private String sheet;
    private long nextRow;
    private long rowRepeats;
    private long column;
    private long filledRows;
    private long filledColumns;
    private long skippedRowsAt;
    private long cellsBefore;

    private OdsCellCount() {
    }

    static void check(String part, InputStream xml) {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(xml);
            OdsCellCount count = new OdsCellCount();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new SpreadsheetException(null, "the part " + part + " of the .ods declares a DTD (<!DOCTYPE …>), "
                            + "which no spreadsheet program writes; the file was not read");
                }
                if (event == XMLStreamConstants.START_ELEMENT && TABLE_NS.equals(reader.getNamespaceURI())) {
                    count.start(reader);
                } else if (event == XMLStreamConstants.END_ELEMENT && TABLE_NS.equals(reader.getNamespaceURI())
                        && reader.getLocalName().equals("table")) {
                    count.endSheet();
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new SpreadsheetException(null, "the part " + part + " of the .ods is not readable XML; "
                    + "open the file in LibreOffice Calc and save it again");
        }
    }

    private void start(XMLStreamReader reader) {
        switch (reader.getLocalName()) {
            case "table" -> {
                sheet = reader.getAttributeValue(TABLE_NS, "name");
                nextRow = 0;
                filledRows = 0;
                filledColumns = 0;
                skippedRowsAt = -1;
            }
            case "table-row" -> {
                long repeats = repeats(reader, "number-rows-repeated");
                column = 0;
                if (repeats > LIBRARY_SKIPS_REPEATS_OVER) {
                    skippedRowsAt = skippedRowsAt < 0 ? nextRow : skippedRowsAt;
                    rowRepeats = 0;
                } else {
                    rowRepeats = repeats;
                    nextRow += repeats;
                }
            }
            case "table-cell", "covered-table-cell" -> cell(reader);
            default -> { }
        }
    }

    private void cell(XMLStreamReader reader) {
        long repeats = repeats(reader, "number-columns-repeated");
        boolean covered = reader.getLocalName().equals("covered-table-cell");
        if (rowRepeats == 0 || (!covered && repeats > LIBRARY_SKIPS_REPEATS_OVER)) {
            return;
        }
        boolean filled = reader.getAttributeValue(OFFICE_NS, "value-type") != null
                || reader.getAttributeValue(TABLE_NS, "formula") != null;
        if (filled && !covered) {
            if (skippedRowsAt >= 0) {
                throw new SpreadsheetException("sheet " + sheet + ", row " + (skippedRowsAt + 1), "more than "
                        + LIBRARY_SKIPS_REPEATS_OVER + " empty rows follow this row before the next filled one; delete them");
            }
            filledRows = nextRow;
            filledColumns = Math.max(filledColumns, column + repeats);
        }
        column += repeats;
    }

    private void endSheet() {
        cellsBefore += filledRows * filledColumns;
        if (cellsBefore > MAX_CELLS) {
            throw new SpreadsheetException("sheet " + sheet, "the filled area spans " + filledRows + " rows and " + filledColumns
                    + " columns; with the sheets before it, more than the " + MAX_CELLS + " cells a workbook may have here: "
                    + "split it or delete what is not needed");
        }
    }

    private static long repeats(XMLStreamReader reader, String attribute) {
        String value = reader.getAttributeValue(TABLE_NS, attribute);
        return value == null ? 1 : Math.max(1, Long.parseLong(value.trim()));
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }
}
