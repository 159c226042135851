package app.clientfit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientfit.rules.problem.RuleProblem;

/**
 * Folds the same problem on several rows of a sheet into one ("sheet Payment, rows 10, 11 and 12"), as
 * happens when a template is wrong and the engine complains once per generated rule.
 */
final class ProblemDigest {

    private static final Pattern ROW = Pattern.compile("^(.*?)(?:, )?row (\\d+)$");

    private ProblemDigest() {
    }

    static List<RuleProblem> digest(List<RuleProblem> problems) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        Map<String, RuleProblem> firsts = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (RuleProblem problem : problems) {
            Matcher row = problem.location() == null ? null : ROW.matcher(problem.location());
            if (row == null || !row.matches()) {
                if (!order.contains(problem)) {
                    order.add(problem);
                }
                continue;
            }
            String key = problem.source() + "\n" + row.group(1) + "\n" + problem.message();
            if (!rows.containsKey(key)) {
                order.add(key);
                firsts.put(key, problem);
            }
            List<Integer> numbers = rows.computeIfAbsent(key, k -> new ArrayList<>());
            int number = Integer.parseInt(row.group(2));
            if (!numbers.contains(number)) {
                numbers.add(number);
            }
        }
        List<RuleProblem> digested = new ArrayList<>();
        for (Object entry : order) {
            if (entry instanceof RuleProblem problem) {
                digested.add(problem);
            } else {
                RuleProblem first = firsts.get(entry);
                List<Integer> numbers = rows.get(entry).stream().sorted().toList();
                Matcher row = ROW.matcher(first.location());
                row.matches();
                String prefix = row.group(1).isEmpty() ? "" : row.group(1) + ", ";
                digested.add(new RuleProblem(first.source(), prefix + rowsText(numbers), first.message()));
            }
        }
        return digested;
    }

    private static String rowsText(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return "row " + numbers.get(0);
        }
        List<String> text = numbers.stream().map(String::valueOf).toList();
        return "rows " + String.join(", ", text.subList(0, text.size() - 1)) + " and " + text.get(text.size() - 1);
    }
}
