package app.clientfit.rules;

import java.util.Map;

import org.kie.api.builder.Message;

/** Turns the engine's build messages into problems that name the file and place a coach edits. */
class ProblemMessages {

    RuleProblem toProblem(Message message, Map<String, RuleUnit> unitsByPath) {
        RuleUnit unit = message.getPath() == null ? null : unitsByPath.get(message.getPath());
        String text = plain(message.getText());
        if (unit == null) {
            return new RuleProblem("rules", null, text);
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
