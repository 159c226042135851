package app.clientfit.rules;

import java.util.Map;

import org.kie.api.builder.Message;

/** Turns the engine's build messages into problems that name the file and place a coach edits. */
class ProblemMessages {

    private static final String RESOURCE_PREFIX = "src/main/resources/";

    RuleProblem toProblem(Message message, Map<String, RuleUnit> unitsByPath) {
        RuleUnit unit = message.getPath() == null ? null : unitsByPath.get(message.getPath());
        String text = plain(message.getText());
        if (unit == null) {
            String path = message.getPath() == null ? "rules" : message.getPath().replace(RESOURCE_PREFIX, "");
            return new RuleProblem(path, message.getLine() > 0 ? "line " + message.getLine() : null, text);
        }
        return new RuleProblem(unit.file().source(), unit.locate(message.getLine(), message.getColumn()), text);
    }

    /** Drops engine class names and repeated whitespace; the message itself stays the engine's. */
    static String plain(String text) {
        if (text == null) {
            return "unknown problem";
        }
        return text.replaceAll("\\b(?:[a-z_]+\\.)+([A-Z]\\w*)", "$1").replaceAll("\\s+", " ").trim();
    }
}
