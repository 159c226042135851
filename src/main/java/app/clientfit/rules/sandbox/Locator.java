package app.clientfit.rules.sandbox;

/** Says where a line (and column) of a unit's DRL lives in the file a coach edits: a line, or a sheet and row. */
@FunctionalInterface
public interface Locator {

    String locate(int line, int column);
}
