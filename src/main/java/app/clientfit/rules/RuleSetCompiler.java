package app.clientfit.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import app.clientfit.rules.lint.TableLint;
import app.clientfit.rules.problem.RuleProblem;
import app.clientfit.rules.sandbox.RuleCodeChecker;
import app.clientfit.spreadsheet.DecisionTableConverter;
import app.clientfit.spreadsheet.GeneratedDrl;
import app.clientfit.spreadsheet.WorkbookTestReader;
import app.clientfit.spreadsheet.SpreadsheetException;

/**
 * Compiles rule files into a {@link RuleSet} with the classic engine, and reports every problem
 * with the file and the place in it a coach edits (sheet and row, or line).
 */
public class RuleSetCompiler {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String NOTHING_TO_READ = "no sheet holds a RuleTable or is a Tests sheet, so nothing in it is read: "
            + "add a sheet with a RuleTable (see the rule authoring guide), or move the workbook out of the rule folder";

    private final DecisionTableConverter tables = new DecisionTableConverter();
    private final ProblemMessages messages = new ProblemMessages();
    private final RuleCodeChecker codeChecker = new RuleCodeChecker();
    private final Clock clock;

    public RuleSetCompiler(Clock clock) {
        this.clock = clock;
    }

    /** Compiles the files into a rule set; throws with every problem when they are not valid. */
    public RuleSet compile(List<RuleFile> files) {
        return check(files).orElseThrow();
    }

    /**
     * Compiles the files and reports every problem, changing nothing. Builds are serialised across all
     * compilers: the engine caches generated DRL by path and must not build in parallel.
     */
    public Candidate check(List<RuleFile> files) {
        synchronized (BUILDS) {
            return checkAlone(files);
        }
    }

    private Candidate checkAlone(List<RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleProblem> warnings = new ArrayList<>();
        if (files.isEmpty()) {
            problems.add(new RuleProblem("rules", null, "the rule folder holds no rule files (.drl, .xlsx, .xls, .ods, .csv)"));
            return Candidate.compiled(files, null, List.of(), problems, warnings, List.of());
        }
        List<RuleUnit> units = new ArrayList<>();
        List<RuleProblem> unresolved = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Map<RuleUnit, PackageDescr> parsed = new IdentityHashMap<>();
        for (RuleUnit read : units(files, problems, warnings, skipped)) {
            RuleCodeChecker.Findings code = codeChecker.inspect(read.file().source(), read.drl(), read::locate);
            RuleUnit unit = read.withDrl(code.drl()); // the engine builds the text that was checked
            units.add(unit);
            problems.addAll(code.forbidden());
            unresolved.addAll(code.unresolved());
            parsed.put(unit, code.parsed());
        }
        List<RuleDefinition> definitions = RuleDefinitions.read(units, parsed::get, problems);
        KieBase kieBase = null;
        if (!problems.isEmpty()) {
            problems.addAll(unresolved); // no build: the check's own words are all there is
        } else {
            kieBase = build(units, problems, warnings);
            if (kieBase != null) { // the second line: what the engine generated, before any rule code in it runs
                problems.addAll(GeneratedCodeProblems.of(kieBase, units, parsed::get));
            }
            if (problems.isEmpty() && !unresolved.isEmpty()) {
                problems.addAll(unresolved); // the engine accepted code the check could not vouch for
            }
        }
        if (!problems.isEmpty()) {
            return Candidate.compiled(files, null, definitions, ProblemDigest.digest(problems), ProblemDigest.digest(warnings), skipped);
        }
        List<RuleConditions> conditions = ConditionReader.read(units, parsed::get, definitions);
        List<RuleProblem> digested = new ArrayList<>(ProblemDigest.digest(warnings));
        digested.addAll(RuleLint.problems(TableLint.check(LintSubjects.of(units, parsed::get, conditions))));
        RuleSet ruleSet = new RuleSet(RuleSetVersion.of(files), clock.instant(), kieBase, files, definitions, generatedDrl(units), digested,
                PatternRules.of(parsed, definitions), conditions);
        return Candidate.compiled(files, ruleSet, definitions, List.of(), digested, skipped);
    }

    private List<RuleUnit> units(List<RuleFile> files, List<RuleProblem> problems, List<RuleProblem> warnings,
                                 List<SkippedFile> skipped) {
        List<RuleUnit> units = new ArrayList<>();
        for (RuleFile file : files) {
            if (file.kind() == RuleKind.DRL) {
                units.add(RuleUnit.ofDrl(file, units.size()));
                continue;
            }
            try {
                List<GeneratedDrl> sheets = tables.convert(file.source(), file.content());
                if (sheets.isEmpty() && !WorkbookTestReader.hasTests(file.content())) {
                    warnings.add(new RuleProblem(file.source(), null, "no sheet holds a RuleTable, so this file adds no rules"));
                    skipped.add(new SkippedFile(file.source(), NOTHING_TO_READ));
                }
                for (GeneratedDrl sheet : sheets) {
                    if (sheet.rowsByLine().isEmpty()) {
                        warnings.add(new RuleProblem(file.source(), sheet.sheet() == null ? null : "sheet " + sheet.sheet(),
                                "the table has no data rows, so it adds no rules"));
                    }
                    units.add(RuleUnit.ofSheet(file, sheet, units.size()));
                }
            } catch (SpreadsheetException e) {
                e.problems().forEach(problem -> problems.add(new RuleProblem(file.source(), problem.location(), problem.message())));
            }
        }
        return units;
    }

    private KieBase build(List<RuleUnit> units, List<RuleProblem> problems, List<RuleProblem> warnings) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("app.clientfit", "ruleset", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem fileSystem = services.newKieFileSystem();
        fileSystem.generateAndWritePomXML(releaseId);
        Map<String, RuleUnit> unitsByPath = new HashMap<>();
        for (RuleUnit unit : units) {
            fileSystem.write(unit.resourcePath(), unit.drl());
            unitsByPath.put(unit.resourcePath(), unit);
            unitsByPath.put(unit.resourcePath().substring(RuleUnit.RESOURCE_ROOT.length()), unit);
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        for (Message message : builder.getResults().getMessages()) {
            List<RuleProblem> found = messages.toProblems(message, unitsByPath);
            if (message.getLevel() == Message.Level.ERROR) {
                found.stream().filter(problem -> !problems.contains(problem)).forEach(problems::add);
            } else if (message.getLevel() == Message.Level.WARNING) {
                found.stream().filter(problem -> !warnings.contains(problem)).forEach(warnings::add);
            }
        }
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            return null;
        }
        try {
            return services.newKieContainer(releaseId).getKieBase();
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    private static Map<String, String> generatedDrl(List<RuleUnit> units) {
        Map<String, StringBuilder> drl = new LinkedHashMap<>();
        units.stream().filter(unit -> unit.sheet() != null)
                .sorted(Comparator.comparing((RuleUnit unit) -> unit.file().source()))
                .forEach(unit -> drl.computeIfAbsent(unit.file().source(), key -> new StringBuilder())
                        .append(unit.sheet().sheet() == null ? "" : "// sheet " + unit.sheet().sheet() + "\n")
                        .append(unit.drl()).append('\n'));
        Map<String, String> result = new LinkedHashMap<>();
        drl.forEach((source, text) -> result.put(source, text.toString()));
        return result;
    }
}
