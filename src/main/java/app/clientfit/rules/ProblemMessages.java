package app.clientfit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.builder.Message;

import app.clientfit.rules.problem.RuleProblem;
import app.clientfit.spreadsheet.CellLocator;
import app.clientfit.spreadsheet.FactType;

/**
 * Turns the engine's build messages into problems that name the file and the place a coach edits: the
 * line and column of a DRL file, or the sheet and cell of a decision table.
 */
class ProblemMessages {

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);

    List<RuleProblem> toProblems(Message message, Map<String, RuleUnit> unitsByPath) {
        RuleUnit unit = message.getPath() == null ? null : unitsByPath.get(message.getPath());
        List<String> imports = unit == null ? List.of() : imports(unit.drl());
        List<RuleProblem> problems = new ArrayList<>();
        for (EngineMessages.Translated translated : EngineMessages.translate(message.getText(), message.getLine(), message.getColumn(),
                type -> FactType.resolve(type, imports))) {
            problems.add(unit == null ? new RuleProblem("rules", null, translated.message())
                    : new RuleProblem(unit.file().source(), locate(unit, translated), translated.message()));
        }
        return problems;
    }

    private static String locate(RuleUnit unit, EngineMessages.Translated translated) {
        int line = translated.line() > 0 ? translated.line() : lineOf(unit.drl(), translated.expression());
        if (unit.sheet() != null) {
            return CellLocator.locate(unit.sheet(), Math.max(line, 0), translated.column(), words(translated));
        }
        if (translated.column() > 0) {
            return unit.locate(line, translated.column());
        }
        int[] place = placeOf(unit.drl(), line, translated);
        return unit.locate(place[0], place[1]);
    }

    private static List<String> words(EngineMessages.Translated translated) {
        List<String> words = new ArrayList<>(translated.words());
        Optional.ofNullable(translated.expression()).ifPresent(words::add);
        return words;
    }

    /** The line (1-based) where an expression the engine could not analyse stands, or -1. */
    private static int lineOf(String drl, String expression) {
        if (expression == null || expression.isBlank()) {
            return -1;
        }
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(expression)) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Line and column (1-based) of the first word the message names, looked for from the reported line to
     * the end of that rule (the engine reports a consequence's problems at the rule's first line); the
     * reported line and no column when the word is not there.
     */
    private static int[] placeOf(String drl, int line, EngineMessages.Translated translated) {
        String[] lines = drl.split("\n", -1);
        if (line <= 0 || line > lines.length) {
            return new int[] {line, 0};
        }
        for (int i = line - 1; i < lines.length && (i == line - 1 || !lines[i - 1].strip().equals("end")); i++) {
            for (String word : words(translated)) {
                int index = lines[i].indexOf(word);
                if (index >= 0) {
                    return new int[] {i + 1, index + 1};
                }
            }
        }
        return new int[] {line, 0};
    }

    private static List<String> imports(String drl) {
        List<String> imports = new ArrayList<>();
        Matcher matcher = IMPORT.matcher(drl);
        while (matcher.find()) {
            imports.add(matcher.group(1));
        }
        return imports;
    }

    /** Drops engine class names and repeated whitespace. */
    static String plain(String text) {
        return text == null ? "unknown problem" : PlainWords.clean(text);
    }
}
