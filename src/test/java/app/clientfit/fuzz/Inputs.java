package app.clientfit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import app.clientfit.spreadsheet.Workbooks;

/** Inputs for fuzzing: client facts right and wrong, request lines, and files. */
final class Inputs {

    static final List<String> FIELDS = List.of("clientId", "name", "stage", "invoicesTotal", "invoicesPaidLate", "averageDaysLate",
            "paymentRemindersSent", "afterHoursContactsPerMonth", "complaintsPerMonth", "brokenAgreements", "cancellationDisputes",
            "badmouthsPreviousProvider", "interruptsConstantly", "respectsTime", "canStateOffer", "knowsNumbers", "willingToLearn",
            "needsConvincing", "valuesExpertise", "sharedValues", "referralsGiven", "givesConstructiveFeedback", "highExpectations",
            "chaotic", "attributes");
    static final List<String> SAMPLES = samples();

    private Inputs() {
    }

    /** A body: a sample damaged, facts with random values, random JSON, deep nesting, or raw bytes. */
    static byte[] clientBody(Random random) {
        return switch (random.nextInt(7)) {
            case 0, 1 -> Mutations.utf8(Mutations.mutate(SAMPLES.get(random.nextInt(SAMPLES.size())), random));
            case 2, 3 -> Mutations.utf8(facts(random));
            case 4 -> Mutations.utf8(value(random, 0));
            case 5 -> Mutations.utf8("[".repeat(1 + random.nextInt(5000)) + "{\"clientId\":\"x\"");
            default -> Mutations.randomBytes(random, random.nextInt(3000));
        };
    }

    /** Client facts with a random choice of fields, mostly of the right type, sometimes not, sometimes unknown. */
    static String facts(Random random) {
        StringBuilder json = new StringBuilder("{");
        for (String field : FIELDS) {
            if (random.nextInt(3) == 0 && !field.equals("clientId") && !field.equals("stage")) {
                continue;
            }
            json.append(json.length() > 1 ? "," : "").append('"').append(field).append("\":")
                    .append(random.nextInt(6) == 0 ? value(random, 0) : typed(field, random));
        }
        if (random.nextInt(8) == 0) {
            json.append(",\"").append(Mutations.randomText(random, 5).replace("\"", "")).append("\":1");
        }
        return json.append('}').toString();
    }

    private static String typed(String field, Random random) {
        return switch (field) {
            case "clientId", "name" -> quoted(Mutations.randomText(random, random.nextInt(random.nextInt(10) == 0 ? 700 : 30)));
            case "stage" -> random.nextBoolean() ? "\"ACTIVE\"" : "\"PROSPECT\"";
            case "averageDaysLate" -> Double.toString(random.nextDouble() * 100 - (random.nextInt(10) == 0 ? 200 : 0));
            case "attributes" -> attributes(random);
            default -> field.startsWith("invoices") || field.endsWith("Month") || field.endsWith("Sent") || field.endsWith("Given")
                    || field.endsWith("Agreements") || field.endsWith("Disputes")
                    ? Integer.toString(random.nextInt(20) - (random.nextInt(10) == 0 ? 30 : 0))
                    : Boolean.toString(random.nextBoolean());
        };
    }

    private static String attributes(Random random) {
        StringBuilder json = new StringBuilder("{");
        int count = random.nextInt(10) == 0 ? 150 : random.nextInt(5);
        for (int i = 0; i < count; i++) {
            json.append(i > 0 ? "," : "").append(quoted("k" + i + Mutations.randomText(random, random.nextInt(3)))).append(':')
                    .append(random.nextBoolean() ? Integer.toString(random.nextInt()) : value(random, 2));
        }
        return json.append('}').toString();
    }

    static String value(Random random, int depth) {
        return switch (random.nextInt(depth > 3 ? 6 : 8)) {
            case 0 -> "null";
            case 1 -> Boolean.toString(random.nextBoolean());
            case 2 -> Long.toString(random.nextLong());
            case 3 -> Double.toString(random.nextGaussian() * 1e6);
            case 4 -> "1" + "0".repeat(random.nextInt(400));
            case 5 -> quoted(Mutations.randomText(random, random.nextInt(50)));
            case 6 -> "[" + String.join(",", Stream.generate(() -> value(random, depth + 1)).limit(random.nextInt(4)).toList()) + "]";
            default -> "{" + String.join(",", Stream.generate(() -> quoted(Mutations.randomText(random, 4)) + ":" + value(random, depth + 1))
                    .limit(random.nextInt(4)).toList()) + "}";
        };
    }

    static final byte[] TABLE = Workbooks.table("3", false);
    private static final byte[] FORMULA_TABLE = Workbooks.table("1+2", true);
    private static final byte[] HUGE_SHARED_STRINGS = Workbooks.hugeSharedStrings(3);
    private static final byte[] ENTITY_EXPANSION = Workbooks.entityExpansion();

    /** A file to upload: random bytes, a damaged workbook, a zip bomb, entity expansion, or a real workbook. */
    static byte[] file(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> Mutations.randomBytes(random, random.nextInt(20_000));
            case 1, 2 -> Mutations.mutate(random.nextBoolean() ? TABLE : FORMULA_TABLE, random);
            case 3 -> random.nextBoolean() ? HUGE_SHARED_STRINGS : Mutations.mutate(HUGE_SHARED_STRINGS, random);
            case 4 -> ENTITY_EXPANSION;
            case 5 -> java.util.Arrays.copyOf(TABLE, random.nextInt(TABLE.length));
            default -> random.nextInt(4) == 0 ? TABLE : FORMULA_TABLE;
        };
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<String> samples() {
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(Inputs::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
