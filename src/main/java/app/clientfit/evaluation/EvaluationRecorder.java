package app.clientfit.evaluation;

import java.time.Duration;

/**
 * Hears of every evaluation before its answer is given; the audit trail stores it here. The answer
 * waits for each recorder, and a recorder that throws fails the evaluation: nothing is answered that
 * was not recorded.
 */
public interface EvaluationRecorder {

    /**
     * @param request  the facts as posted
     * @param response the answer about to be given
     * @param took     how long the rules took
     */
    void record(EvaluationRequest request, EvaluationResponse response, Duration took);
}
