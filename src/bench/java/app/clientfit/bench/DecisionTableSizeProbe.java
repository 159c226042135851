package app.clientfit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.Outcome;
import app.clientfit.evaluation.EvaluatorWorkbookTestRunner;
import app.clientfit.facts.Client;
import app.clientfit.rules.Candidate;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCandidates;

/**
 * Build-and-activate time and heap of a generated decision table, in a JVM of its own (bench/run):
 * the shipped rulebook is built first, as a running service would have done, then the generated
 * folder is read and built into a candidate as the service does before it swaps one in (compiled,
 * checked, its workbook tests run), and given its first evaluation (the engine sets up its network
 * memory lazily, so the first request pays for the rest of the activation; the swap itself is one
 * reference). Prints one line: {@code rows=… builds=… buildMillis=… firstEvaluationMillis=… heapBytes=…}.
 * For a table too big to build twice within the benchmark's time, it can also time evaluations on
 * the one build ({@code evaluationsPerSecond=…}, the median of one-second rounds after a warm-up) in
 * place of JMH.
 *
 * <p>Arguments: rows, number of builds (the median is printed), optionally seconds of warm-up and of
 * measured one-second rounds for the evaluation throughput.
 */
public final class DecisionTableSizeProbe {

    private DecisionTableSizeProbe() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        int builds = Integer.parseInt(args[1]);
        Evaluator evaluator = new Evaluator();
        RuleSetCandidates candidates = new RuleSetCandidates(new EvaluatorWorkbookTestRunner(evaluator), Clock.systemUTC());
        Client client = Personas.chronicLatePayer();
        evaluator.evaluate(client, build(candidates, Path.of("rules")));
        Path folder = GeneratedRulebook.write(Files.createTempDirectory("clientfit-bench-probe-").resolve("rules"), Path.of("rules"), rows);
        long heapBefore = usedHeapAfterGc();

        List<Long> buildMillis = new ArrayList<>();
        List<Long> firstMillis = new ArrayList<>();
        RuleSet ruleSet = null;
        for (int i = 0; i < builds; i++) {
            ruleSet = null; // let the previous build go before the next one, as a reload does
            long start = System.nanoTime();
            ruleSet = build(candidates, folder);
            long built = System.nanoTime();
            Outcome first = evaluator.evaluate(client, ruleSet);
            long evaluated = System.nanoTime();
            check(first, rows);
            buildMillis.add((built - start) / 1_000_000);
            firstMillis.add((evaluated - built) / 1_000_000);
        }
        long heapAfter = usedHeapAfterGc();
        String throughput = args.length > 3
                ? " evaluationsPerSecond=" + evaluationsPerSecond(evaluator, client, ruleSet, Integer.parseInt(args[2]), Integer.parseInt(args[3]))
                : "";
        System.out.printf("rows=%d builds=%d buildMillis=%d firstEvaluationMillis=%d heapBytes=%d heapDeltaBytes=%d ruleCount=%d%s%n",
                rows, builds, median(buildMillis), median(firstMillis), heapAfter, heapAfter - heapBefore, ruleSet.rules().size(), throughput);
    }

    private static long evaluationsPerSecond(Evaluator evaluator, Client client, RuleSet ruleSet, int warmUpSeconds, int rounds) {
        List<Long> perRound = new ArrayList<>();
        for (int round = -warmUpSeconds; round < rounds; round++) {
            long end = System.nanoTime() + 1_000_000_000L;
            long count = 0;
            while (System.nanoTime() < end) {
                count += evaluator.evaluate(client, ruleSet).fired().isEmpty() ? 0 : 1; // uses the outcome

            }
            if (round >= 0) {
                perRound.add(count);
            }
        }
        return median(perRound);
    }

    private static RuleSet build(RuleSetCandidates candidates, Path folder) {
        Candidate candidate = candidates.build(new RuleFolder(folder).read());
        if (!candidate.valid()) {
            throw new IllegalStateException("the rules in " + folder + " are not valid: " + candidate.errors());
        }
        return candidate.ruleSet();
    }

    /** The last generated row fires and nothing else of the table: the probe measured the table it meant to. */
    private static void check(Outcome outcome, int rows) {
        if (outcome.fired().stream().noneMatch(rule -> rule.name().equals("Generated rule " + rows))) {
            throw new IllegalStateException("the generated table did not fire its last row: " + outcome.fired());
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
