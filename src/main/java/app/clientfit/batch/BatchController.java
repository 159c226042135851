package app.clientfit.batch;

import java.io.IOException;
import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Evaluations")
@RestController
class BatchController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BatchEvaluation batch;

    BatchController(BatchEvaluation batch) {
        this.batch = batch;
    }

    @Operation(summary = "Evaluate a client list", description = """
            An .xlsx, .ods or .csv list, one client per row, the first row naming the columns as the facts are named (clientId, \
            stage, invoicesTotal, …, attributes.<name>; other columns are kept). The answer is the same list (as the same kind \
            of file, or format=csv|xlsx|ods) with the columns verdict, score, reasons, firedRules, rulesetVersion, evaluationId \
            and error added; a row that cannot be evaluated gets its error and no verdict. Every evaluated row is stored in \
            the audit with the list's batch id (header X-Batch-Id; search with batchId=) (COACH).""")
    @ApiResponse(responseCode = "200", description = "the evaluated list, as an attachment", content = {
            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/vnd.oasis.opendocument.spreadsheet", schema = @Schema(type = "string", format = "binary"))})
    @PostMapping(path = "/api/evaluations/batch", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StreamingResponseBody> evaluate(@RequestPart("file") MultipartFile file,
                                                   @Parameter(description = "csv, xlsx or ods; the input's kind when absent")
                                                   @RequestParam(name = "format", required = false) String format,
                                                   @Parameter(hidden = true) Principal caller,
                                                   @Parameter(hidden = true) @RequestHeader(name = "X-Request-Id", required = false)
                                                   String requestId) throws IOException {
        EvaluatedList list;
        try (var upload = file.getInputStream()) {
            list = batch.evaluate(upload, file.getOriginalFilename(), file.getSize(), format, caller == null ? null : caller.getName(),
                    requestId);
        }
        return list.download();
    }

    @Operation(summary = "The client list to fill in", description = """
            An .xlsx with the header row, a row of examples and drop-downs for stage and the yes/no facts (COACH).""")
    @ApiResponse(responseCode = "200", description = "the template, as an attachment",
            content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/evaluations/batch/template")
    ResponseEntity<StreamingResponseBody> template() {
        return ListTemplate.download();
    }
}
