package app.clientfit.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import app.clientfit.rules.sandbox.RuleCodeChecker;
import app.clientfit.spreadsheet.DecisionTableConverter;
import app.clientfit.spreadsheet.GeneratedDrl;
import app.clientfit.spreadsheet.SpreadsheetException;

/**
 * Compiles rule files into a {@link RuleSet} with the classic engine, and reports every problem
 * with the file and the place in it a coach edits (sheet and row, or line).
 */
public class RuleSetCompiler {

    private static final AtomicLong BUILDS = new AtomicLong();

    private final DecisionTableConverter tables = new DecisionTableConverter();
    private final ProblemMessages messages = new ProblemMessages();
    private final RuleCodeChecker codeChecker = new RuleCodeChecker();
    private final Clock clock;

    public RuleSetCompiler(Clock clock) {
        this.clock = clock;
    }

    /** Builds are serialised: the engine caches generated DRL by path and must not build in parallel. */
    public synchronized RuleSet compile(List<RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleProblem> warnings = new ArrayList<>();
        if (files.isEmpty()) {
            throw new RuleSetInvalidException(List.of(new RuleProblem("rules", null, "the rule folder holds no rule files (.drl, .xlsx, .xls, .csv)")));
        }
        List<RuleUnit> units = units(files, problems, warnings);
        List<RuleDefinition> definitions = definitions(units, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetInvalidException(problems);
        }
        KieBase kieBase = build(units, problems, warnings);
        if (!problems.isEmpty()) {
            throw new RuleSetInvalidException(problems);
        }
        return new RuleSet(RuleSetVersion.of(files), clock.instant(), kieBase, files, definitions, generatedDrl(units), warnings);
    }

    private List<RuleUnit> units(List<RuleFile> files, List<RuleProblem> problems, List<RuleProblem> warnings) {
        List<RuleUnit> units = new ArrayList<>();
        for (RuleFile file : files) {
            if (file.kind() == RuleKind.DRL) {
                units.add(RuleUnit.ofDrl(file, units.size()));
                continue;
            }
            try {
                List<GeneratedDrl> sheets = tables.convert(file.source(), file.content());
                if (sheets.isEmpty()) {
                    warnings.add(new RuleProblem(file.source(), null, "no sheet holds a RuleTable, so this file adds no rules"));
                }
                for (GeneratedDrl sheet : sheets) {
                    if (sheet.rowsByLine().isEmpty()) {
                        warnings.add(new RuleProblem(file.source(), sheet.sheet() == null ? null : "sheet " + sheet.sheet(),
                                "the table has no data rows, so it adds no rules"));
                    }
                    units.add(RuleUnit.ofSheet(file, sheet, units.size()));
                }
            } catch (SpreadsheetException e) {
                problems.add(new RuleProblem(file.source(), e.location(), e.getMessage()));
            }
        }
        return units;
    }

    /** Reads the rule names and their lines from each unit; the engine keeps neither. */
    private List<RuleDefinition> definitions(List<RuleUnit> units, List<RuleProblem> problems) {
        List<RuleDefinition> definitions = new ArrayList<>();
        Map<String, RuleDefinition> seen = new HashMap<>();
        for (RuleUnit unit : units) {
            problems.addAll(codeChecker.check(unit.file().source(), unit.drl(), unit::locate));
            PackageDescr descr = parse(unit);
            if (descr == null) {
                continue; // the engine reports the syntax error with its line
            }
            for (RuleDescr rule : descr.getRules()) {
                RuleDefinition definition = new RuleDefinition(descr.getName(), rule.getName(),
                        unit.file().source(), unit.locate(rule.getLine(), -1));
                RuleDefinition earlier = seen.putIfAbsent(definition.key(), definition);
                if (earlier != null) {
                    problems.add(new RuleProblem(definition.source(), definition.location(),
                            "two rules named '" + rule.getName() + "' (" + where(earlier) + " and " + where(definition) + "); rule names must be unique"));
                } else {
                    definitions.add(definition);
                }
            }
        }
        return definitions;
    }

    private static String where(RuleDefinition definition) {
        return definition.source() + (definition.location() == null ? "" : ", " + definition.location());
    }

    private static PackageDescr parse(RuleUnit unit) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr descr = parser.parse(false, unit.drl());
            return parser.hasErrors() ? null : descr;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
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
            RuleProblem problem = messages.toProblem(message, unitsByPath);
            if (message.getLevel() == Message.Level.ERROR) {
                problems.add(problem);
            } else if (message.getLevel() == Message.Level.WARNING) {
                warnings.add(problem);
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
