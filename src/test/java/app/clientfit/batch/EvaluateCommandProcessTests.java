package app.clientfit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's command line, run as a person or a script runs it: no server, nothing stored, the documented exit codes. */
class EvaluateCommandProcessTests {

    @TempDir
    Path folder;

    record Run(int exitCode, String stdout, String stderr) {
    }

    @Test
    void shouldWriteTheListWithAVerdictOnEveryRowAndExitZero() throws Exception {
        Path list = Files.write(folder.resolve("kunden.csv"), Lists.withByteOrderMark(
                "clientId;name;stage;invoicesTotal;invoicesPaidLate;averageDaysLate;canStateOffer;knowsNumbers;willingToLearn\r\n"
                        + "k-1;Jörg Müller;ACTIVE;10;7;35;;;\r\nk-2;Lena Lernfreude;PROSPECT;;;;ja;nein;ja\r\n"));

        Run run = run("evaluate", "--rules", Path.of("rules").toAbsolutePath().toString(), list.toString(), "--out", "kunden-bewertet.csv");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("{\"rows\":2,\"evaluated\":2,\"errors\":0,\"rulesetVersion\":\"");
        assertThat(run.stderr()).contains("2 clients, 2 evaluated, 0 with errors").doesNotContain("Tomcat", "Started");
        List<String> lines = Files.readAllLines(folder.resolve("kunden-bewertet.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(1)).startsWith("k-1;Jörg Müller;ACTIVE;10;7;35;;;;BAD;-60;Late payer (-40)");
        assertThat(lines.get(2)).startsWith("k-2;Lena Lernfreude;PROSPECT;;;;ja;nein;ja;GOOD;");
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void shouldExitOneWhenSomeRowsHaveErrors() throws Exception {
        Path list = Files.writeString(folder.resolve("clients.csv"), "clientId,stage,invoicesTotal\na,ACTIVE,3\nb,SOMETIMES,x\n");

        Run run = run("evaluate", "--rules", Path.of("rules").toAbsolutePath().toString(), list.toString(), "--out", "out.xlsx");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).startsWith("{\"rows\":2,\"evaluated\":1,\"errors\":1,");
        assertThat(folder.resolve("out.xlsx")).isNotEmptyFile();
    }

    @Test
    void shouldExitTwoAndPrintTheErrorsOfAnInvalidRuleFolder() throws Exception {
        Path rules = Files.createDirectories(folder.resolve("broken-rules"));
        Files.writeString(rules.resolve("broken.drl"), "package rules;\nrule \"Broken\" when Client( then end\n");
        Path list = Files.writeString(folder.resolve("clients.csv"), "clientId,stage\na,ACTIVE\n");

        Run run = run("evaluate", "--rules", rules.toString(), list.toString(), "--out", "out.csv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("is invalid", "broken.drl");
        assertThat(folder.resolve("out.csv")).doesNotExist();
    }

    @Test
    void shouldDescribeItselfWithHelp() throws Exception {
        Run run = run("evaluate", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).contains("--rules", "--out", "Exit codes:", "2", "the rule folder is invalid");
    }

    private Run run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar()));
        command.addAll(List.of(arguments));
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the command ended").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String jar() {
        String jar = System.getProperty("clientfit.jar");
        assertThat(jar).as("system property clientfit.jar (set when these tests run in the build's integration-test phase)").isNotBlank();
        return jar;
    }
}
