package app.clientfit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import app.clientfit.ClientFitApplication;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Thousands of damaged and random requests at every endpoint of the running service: never a 5xx,
 * the active rule set never changes, and a valid evaluation answers 200 right after.
 */
class ApiFuzzingTests {

    private static final String VALID = "{\"clientId\":\"fuzz-check\",\"stage\":\"ACTIVE\",\"complaintsPerMonth\":4}";
    private static final List<String> CALLERS = List.of("", RawHttp.basic("coach", "coach-demo"), RawHttp.basic("auditor", "auditor-demo"),
            RawHttp.basic("admin", "admin-demo"), RawHttp.basic("coach", "wrong"), "Basic %%%", "Bearer x");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json;charset=UTF-8",
            "application/json;charset=ISO-8859-1", "text/plain", "application/xml", "multipart/form-data", "application/x-www-form-urlencoded",
            "application/json; charset=nonsense", "*/*", "");
    private static final AtomicInteger INPUTS = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    private static final AtomicInteger EVALUATED = new AtomicInteger();
    private static final Pattern TOTAL = Pattern.compile("\"totalElements\":(\\d+)");

    private static ConfigurableApplicationContext app;
    private static RawHttp http;
    private static String version;
    private static long recordsAtStart;
    private static boolean erasing;

    @BeforeContainer
    static void start() {
        // Every request comes from one address and many send coach's wrong password: with the usual five
        // failures before a wait, the valid requests checked after each property would get 429.
        app = new SpringApplicationBuilder(ClientFitApplication.class).run("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.app.clientfit=WARN", "--logging.level.org.apache=ERROR",
                "--clientfit.security.login-failures-before-delay=1000");
        http = new RawHttp(((WebServerApplicationContext) app).getWebServer().getPort());
        version = activeVersion();
    }

    @BeforeProperty
    void countTheStoredRecords() {
        recordsAtStart = storedRecords();
        EVALUATED.set(0);
        erasing = false;
    }

    @AfterContainer
    static void stop() {
        System.out.printf("API fuzzing: %d inputs sent, %d answered with 5xx%n", INPUTS.get(), SERVER_ERRORS.get());
        app.close();
    }

    @Property(tries = 1000, seed = "20261123", shrinking = ShrinkingMode.OFF)
    void shouldNeverFailTheServiceWithEvaluationBodies(@ForAll("bodies") byte[] body, @ForAll("contentTypes") String contentType) {
        RawHttp.Answer answer = http.send("POST", "/api/evaluations", CALLERS.get(1), contentType.isEmpty() ? null : contentType, body);
        if (answer.status() == 200) {
            EVALUATED.incrementAndGet();
        }
        expectNoServerError(answer);
    }

    @Property(tries = 1000, seed = "20261124", shrinking = ShrinkingMode.OFF)
    void shouldNeverFailTheServiceWithRequestLines(@ForAll("requests") String[] request) {
        erasing = true; // DELETE /api/clients/... may erase records: the count is not checked here
        byte[] body = request[0].equals("POST") || request[0].equals("PUT") ? VALID.getBytes(StandardCharsets.UTF_8) : null;
        expectNoServerError(http.send(request[0], request[1], request[2].isEmpty() ? null : request[2], "application/json", body));
    }

    /** Uploads at the validation endpoint (which compiles them next to the rule folder) and at one that takes none. */
    @Property(tries = 120, seed = "20261125", shrinking = ShrinkingMode.OFF)
    void shouldNeverFailTheServiceWithUploads(@ForAll("files") byte[] file, @ForAll("uploadNames") String name) {
        String boundary = "fuzz" + file.length;
        byte[] body = Multipart.of(boundary, "file", name, file);
        boolean validate = file.length % 3 != 0;
        RawHttp.Answer answer = http.send("POST", validate ? "/api/rules/validate" : "/api/evaluations",
                validate ? CALLERS.get(3) : CALLERS.get(1), "multipart/form-data; boundary=" + boundary, body);
        expectNoServerError(answer);
        if (validate && answer.status() == 200 && (name.endsWith(".xlsx") || name.endsWith(".xls"))) {
            assertThat(answer.body()).as("a table with a formula or a bomb is never valid").satisfiesAnyOf(
                    text -> assertThat(text).contains("\"valid\":false"),
                    text -> assertThat(file).isEqualTo(Inputs.TABLE));
        }
    }

    /** Searches of the audit with damaged parameters. */
    @Property(tries = 400, seed = "20261128", shrinking = ShrinkingMode.OFF)
    void shouldNeverFailTheServiceWithAuditSearches(@ForAll("searches") String query) {
        expectNoServerError(http.send("GET", "/api/evaluations?" + query, CALLERS.get(2), null, null));
    }

    @AfterProperty
    void theRuleSetIsUnchangedAndAValidRequestAnswers() {
        checkTheServiceStillAnswers();
        if (!erasing) {
            assertThat(storedRecords()).as("records stored: one per evaluation answered 200, none for a rejected one")
                    .isEqualTo(recordsAtStart + EVALUATED.get());
        }
    }

    private static void checkTheServiceStillAnswers() {
        assertThat(activeVersion()).isEqualTo(version);
        RawHttp.Answer answer = http.send("POST", "/api/evaluations", CALLERS.get(1), "application/json", VALID.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"verdict\":\"BAD\"");
        EVALUATED.incrementAndGet();
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.randomValue(Inputs::clientBody);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(CONTENT_TYPES);
    }

    @Provide
    Arbitrary<String[]> requests() {
        return Arbitraries.randomValue(random -> new String[] {RequestLines.method(random), RequestLines.target(random),
                CALLERS.get(random.nextInt(CALLERS.size()))});
    }

    @Provide
    Arbitrary<byte[]> files() {
        return Arbitraries.randomValue(Inputs::file);
    }

    @Provide
    Arbitrary<String> uploadNames() {
        return Arbitraries.of("upload.xlsx", "rules.xls", "evil.drl", "table.csv", "../../etc/passwd.xlsx", "..\\x.xlsx",
                "", "a\u0000b.xlsx", "x".repeat(300) + ".xlsx", "payment-and-boundaries.xlsx");
    }

    @Provide
    Arbitrary<String> searches() {
        return Arbitraries.randomValue(RequestLines::search);
    }

    private static void expectNoServerError(RawHttp.Answer answer) {
        int count = INPUTS.incrementAndGet();
        if (answer.status() >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
        assertThat(answer.status()).as(answer.body()).isLessThan(500);
        if (count % 100 == 0) {
            checkTheServiceStillAnswers();
        }
    }

    private static long storedRecords() {
        Matcher total = TOTAL.matcher(http.send("GET", "/api/evaluations?size=1", CALLERS.get(2), null, null).body());
        assertThat(total.find()).isTrue();
        return Long.parseLong(total.group(1));
    }

    private static String activeVersion() {
        String body = http.send("GET", "/api/rules", CALLERS.get(1), null, null).body();
        int at = body.indexOf("\"version\":\"") + 11;
        return body.substring(at, body.indexOf('"', at));
    }

}
