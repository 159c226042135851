package app.clientfit.evaluation;

/**
 * Hears of every evaluation before its answer is given; the audit trail stores it here. The answer
 * waits for each recorder, and a recorder that throws fails the evaluation: nothing is answered that
 * was not recorded.
 */
public interface EvaluationRecorder {

    void record(CompletedEvaluation evaluation);
}
