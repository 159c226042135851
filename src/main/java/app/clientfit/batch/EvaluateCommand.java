package app.clientfit.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import app.clientfit.rules.Candidate;
import app.clientfit.rules.problem.RuleProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate --rules <folder> <input> --out <output>}: a client list evaluated without a server, nothing stored. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        exitCodeOnInvalidInput = EvaluateCommand.ROWS_WITH_ERRORS, exitCodeOnExecutionException = EvaluateCommand.ROWS_WITH_ERRORS,
        description = {"Evaluates a client list (.xlsx, .ods or .csv, one client per row, the first row naming the columns as the "
                + "facts are named) on a rule folder and writes the list with verdict, score, reasons, firedRules, "
                + "rulesetVersion and error added. No server is started and nothing is stored.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row was evaluated", "1:some rows have an error instead of a verdict (or the list cannot be read)",
                "2:the rule folder is invalid (its errors are printed)"},
        footer = {"", "Example: java -jar clientfit.jar evaluate --rules rules clients.xlsx --out clients-evaluated.xlsx"})
public final class EvaluateCommand implements Callable<Integer> {

    static final int EVALUATED = 0;
    static final int ROWS_WITH_ERRORS = 1;
    static final int INVALID_RULES = 2;

    @Option(names = "--rules", required = true, paramLabel = "<folder>", description = "the rule folder (.drl, .xlsx, .ods, .csv rule files)")
    private Path rules;

    @Parameters(index = "0", paramLabel = "<input>", description = "the client list: .xlsx, .ods or .csv (UTF-8, separated by , or ;)")
    private Path input;

    @Option(names = "--out", required = true, paramLabel = "<output>",
            description = "where the evaluated list goes: .xlsx, .ods or .csv (by its name; otherwise the input's kind)")
    private Path out;

    @Option(names = "--threads", paramLabel = "<n>", description = "rows evaluated at once (default: the number of processors)")
    private int threads = Runtime.getRuntime().availableProcessors();

    /** Runs the command and answers its exit code. */
    public static int run(String... args) {
        CommandLine command = new CommandLine(new EvaluateCommand());
        return command.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = new PrintWriter(System.err, true);
        try (CommandLineRules service = new CommandLineRules()) {
            Candidate candidate = service.build(rules);
            if (!candidate.valid()) {
                err.println("The rule folder " + rules + " is invalid:");
                candidate.errors().forEach(problem -> err.println("  " + describe(problem)));
                return INVALID_RULES;
            }
            TableFormat in = TableFormat.ofFileName(input.getFileName().toString());
            TableFormat outFormat = kindOf(out, in);
            BatchRun.Summary summary;
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            try (ListProgress progress = ListProgress.forTerminal(in.source(input));
                 OutputStream file = Files.newOutputStream(out);
                 TableWriter writer = ListFiles.writer(file, outFormat, input, in)) {
                summary = new BatchRun(pool, 2048, Integer.MAX_VALUE, progress::stepTo)
                        .run(in.source(input), writer, (header, row) -> service.evaluate(header, row, candidate.ruleSet()));
            } finally {
                pool.shutdownNow();
            }
            err.println(summary.rows() + " clients, " + (summary.rows() - summary.errors()) + " evaluated, " + summary.errors()
                    + " with errors; written to " + out);
            System.out.println("{\"rows\":" + summary.rows() + ",\"evaluated\":" + (summary.rows() - summary.errors()) + ",\"errors\":"
                    + summary.errors() + ",\"rulesetVersion\":\"" + candidate.version() + "\"}");
            return summary.errors() == 0 ? EVALUATED : ROWS_WITH_ERRORS;
        } catch (UnreadableTableException e) {
            err.println(input + ": " + e.detail());
            Files.deleteIfExists(out);
            return ROWS_WITH_ERRORS;
        }
    }

    private static TableFormat kindOf(Path out, TableFormat otherwise) {
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".csv") ? TableFormat.CSV : name.endsWith(".xlsx") ? TableFormat.XLSX
                : name.endsWith(".ods") ? TableFormat.ODS : otherwise;
    }

    private static String describe(RuleProblem problem) {
        return (problem.source() == null ? "" : problem.source() + (problem.location() == null ? "" : ", " + problem.location()) + ": ")
                + problem.message();
    }
}
