package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.EvaluationResponse;
import app.clientfit.storage.StoredInstants;

/**
 * What the audit trail promises, run against each database: every answered evaluation is stored and
 * found by id, client and rule; searches, exports and statistics read it back; erasure removes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AuditTrailContract {

    @Autowired
    ObjectMapper json;

    TestRestTemplate http;

    StoredTables tables;

    @Autowired
    void lookInto(JdbcTemplate jdbc, StoredInstants instants) {
        this.tables = new StoredTables(jdbc, instants);
    }

    /** Credentials are ignored while the API is open, and are the demo administrator's once it is not. */
    @Autowired
    void logIn(TestRestTemplate anonymous) {
        this.http = anonymous.withBasicAuth("admin", "admin-demo");
    }

    @Test
    void shouldFindEveryAnsweredEvaluationByIdClientAndRule() throws Exception {
        Instant start = Instant.now().minusMillis(1);
        List<String> bodies = new ArrayList<>();
        for (Path file : samples()) {
            for (int i = 0; i < 3; i++) {
                bodies.add(sample(file.getFileName().toString(), unique("every")));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
        bodies.forEach(body -> answers.add(pool.submit(() -> post(body))));
        pool.shutdown();

        for (int i = 0; i < bodies.size(); i++) {
            JsonNode answer = answers.get(i).get().getBody();
            JsonNode stored = get("/api/evaluations/" + answer.get("evaluationId").asText()).getBody();
            for (String field : List.of("evaluationId", "clientId", "verdict", "score", "findings", "firedRules", "rulesetVersion")) {
                assertThat(stored.get(field)).as(field).isEqualTo(answer.get(field));
            }
            assertThat(Instant.parse(stored.get("evaluatedAt").asText())).isEqualTo(Instant.parse(answer.get("evaluatedAt").asText()));
            assertThat(stored.get("facts")).isEqualTo(json.readTree(bodies.get(i)));
            assertThat(idsOf(get("/api/clients/" + answer.get("clientId").asText() + "/evaluations").getBody()))
                    .containsExactly(answer.get("evaluationId").asText());
            for (JsonNode rule : answer.get("firedRules")) {
                assertThat(idsOf(get("/api/evaluations?size=100&rule={rule}&from={from}", rule.get("rule").asText(), start).getBody()))
                        .contains(answer.get("evaluationId").asText());
            }
        }
    }

    @Test
    void shouldKeepTheFactsExactlyAsReceived() {
        String body = "{\"clientId\": \"" + unique("raw") + "\", \"stage\": \"ACTIVE\",\n  \"name\": \"Müller & Söhne Köln\", "
                + "\"averageDaysLate\": 35, \"attributes\": {\"branche\": \"Bäckerei\"}}";
        String id = post(body).getBody().get("evaluationId").asText();

        String stored = http.getForObject("/api/evaluations/" + id, String.class);

        assertThat(stored).contains("\"facts\":" + body);
    }

    @Test
    void shouldListAClientsHistoryNewestFirstInPages() {
        String client = unique("history");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(0, post(sample("nagger.json", client)).getBody().get("evaluationId").asText());
        }

        JsonNode first = get("/api/clients/" + client + "/evaluations?size=2").getBody();
        JsonNode second = get("/api/clients/" + client + "/evaluations?size=2&page=1").getBody();

        assertThat(first.get("totalElements").asLong()).isEqualTo(3);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(idsOf(first)).containsExactly(ids.get(0), ids.get(1));
        assertThat(idsOf(second)).containsExactly(ids.get(2));
    }

    @Test
    void shouldFilterByVerdictAndTime() {
        String client = unique("filter");
        String bad = post(sample("nagger.json", client)).getBody().get("evaluationId").asText();
        String good = post(sample("ideal-client.json", client)).getBody().get("evaluationId").asText();

        assertThat(idsOf(get("/api/evaluations?clientId={c}&verdict=BAD", client).getBody())).containsExactly(bad);
        assertThat(idsOf(get("/api/evaluations?clientId={c}&verdict=good", client).getBody())).containsExactly(good);
        assertThat(idsOf(get("/api/evaluations?clientId={c}&from={f}", client, Instant.now().plusSeconds(60)).getBody())).isEmpty();
        assertThat(idsOf(get("/api/evaluations?clientId={c}&to={t}", client, Instant.now().plusSeconds(60)).getBody()))
                .containsExactlyInAnyOrder(bad, good);
    }

    @Test
    void shouldCountVerdictsAndFiredRulesInTheStatistics() {
        Instant from = Instant.now().minusMillis(1);
        post(sample("nagger.json", unique("stats")));
        post(sample("nagger.json", unique("stats")));
        post(sample("ideal-client.json", unique("stats")));

        JsonNode stats = get("/api/rules/stats?from={from}&to={to}", from, Instant.now().plusSeconds(1)).getBody();

        assertThat(stats.get("evaluations").asLong()).isEqualTo(3);
        assertThat(stats.get("verdicts").get("BAD").asLong()).isEqualTo(2);
        assertThat(stats.get("verdicts").get("GOOD").asLong()).isEqualTo(1);
        assertThat(stats.get("verdicts").get("REVIEW").asLong()).isZero();
        assertThat(stats.get("rules").findValuesAsText("rule")).contains("Nagger", "Verdict: deal-breaker", "Verdict: good");
        assertThat(countOf(stats, "Nagger")).isEqualTo(2);
    }

    @Test
    void shouldFindAndCountARuleByItsExactNameWhateverCharactersItHas() throws Exception {
        Instant at = Instant.now().minusSeconds(5);
        String rule = unique("Late payer");
        List<String> names = List.of(rule + " 50% \"late\" payer_x", rule + " Zahlt spät \\ öfter", rule, rule + " 2", rule + "a_b", rule + "a%b");
        Map<String, String> ids = new LinkedHashMap<>();
        for (String name : names) {
            List<EvaluationResponse.FiredRuleView> fired = List.of(new EvaluationResponse.FiredRuleView(name, "rules/odd.drl", "line 1"),
                    new EvaluationResponse.FiredRuleView("Verdict: review", "rules/verdict.drl", "line 9"));
            ids.put(name, tables.insertEvaluationFiring(unique("odd-name"), at, json.writeValueAsString(fired)));
        }
        Instant from = at.minusSeconds(1);
        Instant to = at.plusSeconds(1);

        for (String name : names) {
            assertThat(idsOf(get("/api/evaluations?size=100&rule={rule}&from={from}&to={to}", name, from, to).getBody()))
                    .as(name).containsExactly(ids.get(name));
            assertThat(countOf(get("/api/rules/stats?from={from}&to={to}", from, to).getBody(), name)).as(name).isEqualTo(1);
        }
        for (String partOfAName : List.of(rule.substring(0, rule.length() - 1), rule + "a", rule + " 50%")) {
            assertThat(idsOf(get("/api/evaluations?size=100&rule={rule}&from={from}&to={to}", partOfAName, from, to).getBody())).isEmpty();
        }
    }

    @Test
    void shouldEraseEveryTraceOfAClient() throws Exception {
        String client = unique("erase");
        List<String> ids = new ArrayList<>();
        for (String file : List.of("nagger.json", "ideal-client.json", "chronic-late-payer.json")) {
            ids.add(post(sample(file, client)).getBody().get("evaluationId").asText());
        }

        ResponseEntity<JsonNode> erased = http.exchange("/api/clients/" + client, HttpMethod.DELETE, null, JsonNode.class);

        assertThat(erased.getBody().get("erased").asInt()).isEqualTo(3);
        ids.forEach(id -> assertThat(get("/api/evaluations/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(get("/api/evaluations?clientId={c}", client).getBody().get("totalElements").asLong()).isZero();
        assertThat(tables.rowsMentioning(client)).isEmpty();
        for (String id : ids) {
            assertThat(tables.rowsMentioning(id)).isEmpty();
        }
    }

    @Autowired
    AuditService audit;

    @Test
    void shouldHandOverTheLatestRecordOfEachClientInTheWindowAndNoneOfAnErasedClient() {
        String several = unique("latest");
        String once = unique("latest-ö");
        String erased = unique("latest-erased");
        post(sample("nagger.json", several));
        Instant from = Instant.now();
        post(sample("nagger.json", erased));
        post(sample("ideal-client.json", once));
        String latest = post(sample("ideal-client.json", several)).getBody().get("evaluationId").asText();
        String onlyOne = post(sample("nagger.json", several)).getBody().get("evaluationId").asText();
        Instant to = Instant.now();
        post(sample("chronic-late-payer.json", several));
        http.exchange("/api/clients/" + erased, HttpMethod.DELETE, null, JsonNode.class);

        List<EvaluationRecord> handedOver = new ArrayList<>();
        audit.forEachLatestPerClient(from, to, handedOver::add);

        assertThat(handedOver).extracting(EvaluationRecord::clientId).doesNotContain(erased).containsOnlyOnce(several, once);
        assertThat(handedOver).filteredOn(r -> r.clientId().equals(several)).extracting(EvaluationRecord::evaluationId)
                .containsExactly(onlyOne).doesNotContain(latest);
        assertThat(handedOver).extracting(EvaluationRecord::clientId).isSorted();
    }

    @Autowired
    RetentionPurge retention;

    @Test
    void shouldPurgeRecordsOlderThanTheRetentionPeriod() {
        String fresh = post(sample("nagger.json", unique("retention"))).getBody().get("evaluationId").asText();
        String old = tables.insertEvaluationOf(unique("retention-old"), Instant.now().minusSeconds(3L * 366 * 24 * 3600));

        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);

        assertThat(get("/api/evaluations/" + old).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(tables.rowsMentioning(old)).isEmpty();
        assertThat(get("/api/evaluations/" + fresh).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?explain=true", "?rulesetVersion=none"})
    void shouldRefuseAnAnswerTheCallerCannotReadBeforeEvaluatingOrStoringAnything(String query) {
        String client = unique("accepts-csv");
        HttpHeaders headers = jsonHeaders();
        headers.setAccept(List.of(MediaType.valueOf("text/csv")));

        ResponseEntity<String> refused = http.postForEntity("/api/evaluations" + query, new HttpEntity<>(sample("nagger.json", client), headers),
                String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        assertThat(get("/api/evaluations?clientId={client}", client).getBody().get("totalElements").asLong()).isZero();
    }

    @Test
    void shouldEchoAndStoreTheRequestId() {
        HttpHeaders headers = jsonHeaders();
        headers.set("X-Request-Id", "trace-4711");
        ResponseEntity<JsonNode> answer = http.postForEntity("/api/evaluations", new HttpEntity<>(sample("nagger.json", unique("trace")), headers), JsonNode.class);
        ResponseEntity<JsonNode> generated = post(sample("nagger.json", unique("trace")));

        assertThat(answer.getHeaders().getFirst("X-Request-Id")).isEqualTo("trace-4711");
        assertThat(get("/api/evaluations/" + answer.getBody().get("evaluationId").asText()).getBody().get("requestId").asText())
                .isEqualTo("trace-4711");
        assertThat(get("/api/evaluations/" + generated.getBody().get("evaluationId").asText()).getBody().get("requestId").asText())
                .isEqualTo(generated.getHeaders().getFirst("X-Request-Id")).isNotBlank();
    }

    @Test
    void shouldFindTheEvaluationsOfOneClientListByItsBatchId() {
        String client = unique("batch");
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        parts.add("file", new org.springframework.core.io.ByteArrayResource(("clientId;stage\n" + client + "-1;ACTIVE\n" + client
                + "-2;PROSPECT\n").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "liste.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> list = http.postForEntity("/api/evaluations/batch", new HttpEntity<>(parts, headers), String.class);
        post(sample("nagger.json", client + "-alone"));

        String batchId = list.getHeaders().getFirst("X-Batch-Id");
        JsonNode found = get("/api/evaluations?batchId={batchId}", batchId).getBody();
        assertThat(found.get("totalElements").asInt()).isEqualTo(2);
        found.get("content").forEach(record -> assertThat(record.get("batchId").asText()).isEqualTo(batchId));
        assertThat(get("/api/evaluations?batchId=unknown").getBody().get("totalElements").asInt()).isZero();
        assertThat(get("/api/clients/{client}/evaluations", client + "-alone").getBody().get("content").get(0).has("batchId")).isFalse();
    }

    @Test
    void shouldKeepTheExactFilesOfTheActiveRuleSet() throws IOException {
        JsonNode rules = get("/api/rules").getBody();
        String version = rules.get("version").asText();

        for (JsonNode source : rules.get("sources")) {
            String path = source.get("path").asText();
            ResponseEntity<byte[]> file = http.getForEntity("/api/rules/versions/" + version + "/sources/" + path, byte[].class);
            assertThat(file.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(file.getBody()).as(path).isEqualTo(Files.readAllBytes(Path.of(path)));
            assertThat(file.getHeaders().getETag()).contains(source.get("sha256").asText());
        }
        String shortName = http.getForObject("/api/rules/versions/" + version + "/sources/verdict.drl", String.class);
        assertThat(shortName).isEqualTo(Files.readString(Path.of("rules/verdict.drl")));
        assertThat(get("/api/audit/rule-versions").getBody().findValuesAsText("version")).contains(version);
    }

    @Test
    void shouldNeverServeAFileOutsideTheArchive() {
        String version = get("/api/rules").getBody().get("version").asText();
        String base = http.getRootUri() + "/api/rules/versions/" + version + "/sources/";

        for (String attempt : List.of("..%2F..%2Fpom.xml", "rules/..%2F..%2Fpom.xml", "%2e%2e/%2e%2e/pom.xml", "rules%5C..%5Cpom.xml", "pom.xml")) {
            ResponseEntity<String> answer = http.exchange(java.net.URI.create(base + attempt), HttpMethod.GET, null, String.class);
            assertThat(answer.getStatusCode().value()).as(attempt).isIn(400, 404);
            assertThat(answer.getBody()).as(attempt).doesNotContain("<artifactId>");
        }
        assertThat(get("/api/rules/versions/000000000000/sources/rules/verdict.drl").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldAnswerProblemsForUnknownIdsAndBadParameters() {
        assertThat(get("/api/evaluations/" + UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/evaluations/not-an-id").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> bad = get("/api/evaluations?verdict=MAYBE&page=-1&size=100000&from=yesterday&clientID=x");

        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(bad.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("clientID", "verdict", "from", "page", "size");
        assertThat(get("/api/rules/stats?from=2026-12-01&to=2026-11-01").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/evaluations?format=pdf").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void shouldExportUmlautsIntactAsCsvAndExcel() throws IOException {
        String client = unique("export-ö");
        post(sample("chronic-late-payer.json", client).replace("Müller Consulting GmbH", "Jürgen Groß & Söhne"));

        String csv = new String(http.getForObject("/api/evaluations?clientId={c}&format=csv", byte[].class, client), StandardCharsets.UTF_8);
        HttpHeaders acceptExcel = new HttpHeaders();
        acceptExcel.setAccept(List.of(ExportFormat.XLSX.mediaType()));
        ResponseEntity<byte[]> xlsx = http.exchange("/api/clients/" + client + "/evaluations", HttpMethod.GET, new HttpEntity<>(acceptExcel), byte[].class);

        assertThat(csv).startsWith("\uFEFFevaluationId,evaluatedAt,clientId,verdict,score").contains(client).contains("Jürgen Groß & Söhne")
                .contains("Late payer [PAYMENT, -40]");
        List<List<String>> records = CsvReader.parse(csv.substring(1));
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(2)).isEqualTo(client);
        assertThat(json.readTree(records.get(1).get(10)).get("name").asText()).isEqualTo("Jürgen Groß & Söhne");
        assertThat(xlsx.getHeaders().getContentType()).isEqualTo(ExportFormat.XLSX.mediaType());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(client);
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).contains("Jürgen Groß & Söhne");
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A file of sample-data/ with its clientId replaced. */
    static String sample(String file, String clientId) {
        try {
            return Files.readString(Path.of("sample-data", file)).replaceFirst("\"clientId\"\\s*:\\s*\"[^\"]*\"", "\"clientId\": \"" + clientId + "\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    ResponseEntity<JsonNode> post(String body) {
        ResponseEntity<JsonNode> answer = http.postForEntity("/api/evaluations", new HttpEntity<>(body, jsonHeaders()), JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer;
    }

    ResponseEntity<JsonNode> get(String url, Object... variables) {
        return http.getForEntity(url, JsonNode.class, variables);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static List<String> idsOf(JsonNode page) {
        return page.get("content").findValuesAsText("evaluationId");
    }

    private static long countOf(JsonNode stats, String rule) {
        for (JsonNode count : stats.get("rules")) {
            if (count.get("rule").asText().equals(rule)) {
                return count.get("fired").asLong();
            }
        }
        return 0;
    }

    private static List<Path> samples() throws IOException {
        try (var files = Files.list(Path.of("sample-data"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
