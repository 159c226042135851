package app.clientfit.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import app.clientfit.explanation.InProcessExplanation;
import app.clientfit.facts.Client;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSetCompiler;

/**
 * What {@code explain=true} costs next to a plain evaluation, in process on the shipped rulebook: the eight
 * personas in turn, plain and explained in alternating one-second rounds after a warm-up, the median of each.
 * Prints {@code plainPerSecond=… explainedPerSecond=… ratio=…}. Arguments: seconds of warm-up, rounds.
 */
public final class ExplanationCostProbe {

    private ExplanationCostProbe() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        InProcessExplanation rulebook = new InProcessExplanation(
                new RuleSetCompiler(Clock.systemUTC()).compile(new RuleFolder(Path.of("rules")).read()));
        List<Client> clients = Personas.clients();
        Consumer<Client> plain = rulebook::evaluate;
        Consumer<Client> explained = rulebook::evaluateExplained;
        perSecond(plain, clients, warmUp);
        perSecond(explained, clients, warmUp);
        long[] plainRounds = new long[rounds];
        long[] explainedRounds = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            plainRounds[round] = perSecond(plain, clients, 1);
            explainedRounds[round] = perSecond(explained, clients, 1);
        }
        long plainMedian = median(plainRounds);
        long explainedMedian = median(explainedRounds);
        System.out.printf("plainPerSecond=%d explainedPerSecond=%d ratio=%.2f%n", plainMedian, explainedMedian,
                (double) plainMedian / explainedMedian);
    }

    private static long perSecond(Consumer<Client> evaluation, List<Client> clients, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long done = 0;
        while (System.nanoTime() < end) {
            evaluation.accept(clients.get((int) (done % clients.size())));
            done++;
        }
        return done / seconds;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
