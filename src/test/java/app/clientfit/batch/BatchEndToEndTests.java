package app.clientfit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import app.clientfit.spreadsheet.SheetRows;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Starts the service on the real rules/ and sends client lists as a coach would: the template filled in, a CSV, wrong files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BatchEndToEndTests {

    @Autowired
    ObjectMapper json;

    TestRestTemplate coach;
    TestRestTemplate auditor;

    @Autowired
    void logIn(TestRestTemplate anonymous) {
        coach = anonymous.withBasicAuth("coach", "coach-demo");
        auditor = anonymous.withBasicAuth("auditor", "auditor-demo");
    }

    @Test
    void shouldGiveEveryPersonaOfTheFilledTemplateTheVerdictOfItsSingleEvaluation() throws Exception {
        List<Path> personas = personas();
        byte[] filled = fill(coach.getForObject("/api/evaluations/batch/template", byte[].class), personas);

        ResponseEntity<byte[]> answer = post("clients.xlsx", filled, null);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith(TableFormat.XLSX.mediaType().toString());
        assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("clients-evaluated.xlsx");
        List<Map<String, String>> rows = rowsOf(answer.getBody());
        assertThat(rows).hasSize(personas.size());
        for (int i = 0; i < personas.size(); i++) {
            JsonNode single = coach.postForObject("/api/evaluations", jsonEntity(Files.readString(personas.get(i))), JsonNode.class);
            Map<String, String> row = rows.get(i);
            assertThat(row.get("clientId")).isEqualTo(single.get("clientId").asText());
            assertThat(row.get("verdict")).as(row.get("clientId")).isEqualTo(single.get("verdict").asText());
            assertThat(row.get("score")).isEqualTo(single.get("score").asText());
            assertThat(row.get("rulesetVersion")).isEqualTo(single.get("rulesetVersion").asText());
            assertThat(row.get("firedRules")).isEqualTo(String.join(" | ", single.get("firedRules").findValuesAsText("rule")));
            assertThat(row.get("error")).isEmpty();
        }
        assertThat(rows.get(0).get("name")).isEqualTo(json.readTree(personas.get(0).toFile()).path("name").asText());
    }

    @Test
    void shouldStoreEveryEvaluatedRowWithTheBatchIdSoAnAuditorFindsTheListAgain() throws Exception {
        ResponseEntity<byte[]> answer = post("liste.csv", Lists.withByteOrderMark(
                "clientId;stage;invoicesTotal;invoicesPaidLate;Notiz\r\nbatch-ä-1;ACTIVE;10;7;säumig\r\nbatch-ä-2;ACTIVE;2;5;\r\n"
                        + "batch-ä-3;PROSPECT;;;neu\r\n"), null);

        String batchId = answer.getHeaders().getFirst("X-Batch-Id");
        assertThat(answer.getHeaders().getFirst("X-Batch-Rows")).isEqualTo("3");
        assertThat(answer.getHeaders().getFirst("X-Batch-Errors")).isEqualTo("1");
        String csv = new String(answer.getBody(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFclientId;stage;invoicesTotal;invoicesPaidLate;Notiz;verdict;score;reasons;firedRules;"
                + "rulesetVersion;evaluationId;error\r\nbatch-ä-1;ACTIVE;10;7;säumig;REVIEW;-40;Late payer (-40): 7 of 10 invoices paid late");
        assertThat(csv).contains("\r\nbatch-ä-2;ACTIVE;2;5;;;;;;;;column invoicesPaidLate: must not be greater than invoicesTotal\r\n");
        JsonNode found = auditor.getForObject("/api/evaluations?batchId={id}", JsonNode.class, batchId);
        assertThat(found.get("totalElements").asInt()).isEqualTo(2);
        List<String> clients = new ArrayList<>();
        found.get("content").forEach(record -> {
            clients.add(record.get("clientId").asText());
            assertThat(record.get("batchId").asText()).isEqualTo(batchId);
        });
        assertThat(clients).containsExactlyInAnyOrder("batch-ä-1", "batch-ä-3");
        JsonNode stored = auditor.getForObject("/api/evaluations/{id}", JsonNode.class, found.get("content").get(0).get("evaluationId").asText());
        assertThat(stored.get("caller").asText()).isEqualTo("coach");
        assertThat(stored.get("facts").get("clientId").asText()).startsWith("batch-ä-");
    }

    @Test
    void shouldAnswerInTheFormatAskedFor() {
        ResponseEntity<byte[]> answer = post("clients.csv", "clientId,stage\nf-1,ACTIVE\n".getBytes(StandardCharsets.UTF_8), "xlsx");

        assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("clients-evaluated.xlsx");
        assertThat(rowsOf(answer.getBody()).get(0).get("verdict")).isIn("GOOD", "REVIEW", "BAD");
    }

    @Test
    void shouldOfferATemplateWithExamplesAndDropDownsForStageAndYesNoFacts() throws IOException {
        ResponseEntity<byte[]> template = coach.getForEntity("/api/evaluations/batch/template", byte[].class);

        assertThat(template.getHeaders().getContentDisposition().getFilename()).isEqualTo("clientfit-clients.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).startsWith("clientId", "name", "stage", "invoicesTotal").contains("respectsTime", "chaotic");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Müller & Söhne GmbH");
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                    .containsExactly("PROSPECT", "ACTIVE"));
            assertThat(validations.stream().filter(v -> List.of(v.getValidationConstraint().getExplicitListValues())
                    .equals(List.of("yes", "no")))).hasSize(12);
        }
    }

    @Test
    void shouldEvaluateALibreOfficeListAndAnswerInItsOwnFormat() throws IOException {
        byte[] ods = Files.readAllBytes(Path.of("src/test/resources/ods/clients.ods"));

        ResponseEntity<byte[]> answer = post("Kunden März.ods", ods, null);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/vnd.oasis.opendocument.spreadsheet");
        List<SheetRows.TableRow> rows = SheetRows.read(answer.getBody());
        List<String> header = rows.get(0).cells();
        int verdict = header.indexOf("verdict");
        assertThat(header).startsWith("clientId", "name", "stage", "invoicesTotal", "invoicesPaidLate", "respectsTime", "notes");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells()).startsWith("müller-1", "Jörg Müller");
        assertThat(rows.get(1).cell(header.indexOf("notes"))).isEqualTo("Straße 5");
        assertThat(rows.get(2).cell(1)).isEqualTo("Agentur Übermut");
        for (SheetRows.TableRow row : rows.subList(1, rows.size())) {
            String clientId = row.cell(0);
            JsonNode single = coach.postForObject("/api/evaluations", jsonEntity(factsOf(row)), JsonNode.class);
            assertThat(row.cell(verdict)).as(clientId).isEqualTo(single.get("verdict").asText());
        }
    }

    @Test
    void shouldAnswerAnUnreadableLibreOfficeFileWithAProblem() {
        ResponseEntity<JsonNode> answer = coach.postForEntity("/api/evaluations/batch", upload("Kunden.ods", new byte[] {1, 2}, null),
                JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("detail").asText()).startsWith("the .ods file cannot be read");
    }

    /** The facts of a row of clients.ods as a single evaluation's body. */
    private static String factsOf(SheetRows.TableRow row) {
        return "{\"clientId\":\"" + row.cell(0) + "-single\",\"name\":\"" + row.cell(1) + "\",\"stage\":\"" + row.cell(2) + "\""
                + (row.cell(3).isEmpty() ? "" : ",\"invoicesTotal\":" + row.cell(3))
                + (row.cell(4).isEmpty() ? "" : ",\"invoicesPaidLate\":" + row.cell(4))
                + (row.cell(5).isEmpty() ? "" : ",\"respectsTime\":" + row.cell(5).toLowerCase()) + "}";
    }

    @Test
    void shouldRefuseAListWhoseFirstRowIsNotAHeaderWithAProblem() {
        ResponseEntity<JsonNode> answer = coach.postForEntity("/api/evaluations/batch",
                upload("clients.csv", "acme-1,ACTIVE\nacme-2,ACTIVE\n".getBytes(StandardCharsets.UTF_8), null), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("detail").asText()).startsWith("row 1 is not a header");
    }

    @Test
    void shouldLetOnlyCoachesAndAboveSendLists() {
        ResponseEntity<String> anonymous = new TestRestTemplate().postForEntity(coach.getRootUri() + "/api/evaluations/batch",
                upload("clients.csv", "clientId,stage\n".getBytes(StandardCharsets.UTF_8), null), String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<byte[]> post(String name, byte[] content, String format) {
        return coach.postForEntity("/api/evaluations/batch", upload(name, content, format), byte[].class);
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> upload(String name, byte[] content, String format) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        if (format != null) {
            parts.add("format", format);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    private static HttpEntity<String> jsonEntity(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /** The template with one persona a row from the second row on, as a coach fills it: yes or no picked, numbers typed. */
    private byte[] fill(byte[] template, List<Path> personas) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            for (int i = 0; i < personas.size(); i++) {
                Row row = sheet.getRow(i + 1) != null ? sheet.getRow(i + 1) : sheet.createRow(i + 1);
                header.forEach(column -> { if (row.getCell(header.indexOf(column)) != null) { row.removeCell(row.getCell(header.indexOf(column))); } });
                for (Map.Entry<String, JsonNode> fact : facts(json.readTree(personas.get(i).toFile()))) {
                    if (!header.contains(fact.getKey())) {
                        header.add(fact.getKey());
                        sheet.getRow(0).createCell(header.size() - 1).setCellValue(fact.getKey());
                    }
                    int column = header.indexOf(fact.getKey());
                    JsonNode value = fact.getValue();
                    if (value.isNumber()) {
                        row.createCell(column).setCellValue(value.asDouble());
                    } else if (value.isBoolean()) {
                        row.createCell(column).setCellValue(value.asBoolean() ? "yes" : "no");
                    } else {
                        row.createCell(column).setCellValue(value.asText());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The persona's facts, its attributes as {@code attributes.<name>} as the list names them. */
    private static List<Map.Entry<String, JsonNode>> facts(JsonNode persona) {
        List<Map.Entry<String, JsonNode>> facts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = persona.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("attributes")) {
                field.getValue().fields().forEachRemaining(a -> facts.add(Map.entry("attributes." + a.getKey(), a.getValue())));
            } else {
                facts.add(field);
            }
        }
        return facts;
    }

    private static List<Map<String, String>> rowsOf(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new java.util.LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), text.formatCellValue(row.getCell(c)));
                }
                rows.add(values);
            }
            return rows;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> personas() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
