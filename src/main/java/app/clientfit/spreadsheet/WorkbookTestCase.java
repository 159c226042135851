package app.clientfit.spreadsheet;

import java.util.List;
import java.util.Map;

import app.clientfit.facts.Client;

/**
 * One row of a {@code Tests} sheet: a client's facts and what the rules must decide for them.
 *
 * @param row          the row number a coach sees
 * @param facts        fact field name (or {@code attributes.<name>}) to value, already of the field's type
 * @param expected     GOOD, REVIEW or BAD
 * @param mustFire     rules that must fire for this client
 * @param mustNotFire  rules that must not fire for this client
 */
public record WorkbookTestCase(String sheet, int row, String name, Map<String, Object> facts, String expected,
                               List<String> mustFire, List<String> mustNotFire) {

    /** "sheet Tests, row 5". */
    public String location() {
        return "sheet " + sheet + ", row " + row;
    }

    /** A new client with this row's facts; a new one each time, so no run sees another's changes. */
    public Client client() {
        return ClientFacts.client(facts);
    }
}
