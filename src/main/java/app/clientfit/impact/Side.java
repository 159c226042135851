package app.clientfit.impact;

import java.util.List;

/** One client's answer on one side of a replay: the verdict, the score and the rules that fired, by name. */
public record Side(String verdict, int score, List<String> firedRules) {

    /** What a changed client's answer shows: the fired rules are told apart as gained and lost. */
    public record Answer(String verdict, int score) {
    }

    Answer answer() {
        return new Answer(verdict, score);
    }
}
