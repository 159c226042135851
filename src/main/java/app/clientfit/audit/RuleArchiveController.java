package app.clientfit.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.clientfit.audit.AuditProblems.ParameterProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The archived rule files of every activated version, and how often rules fired. */
@RestController
class RuleArchiveController {

    private final RuleVersionQueries versions;
    private final StatsQueries stats;

    RuleArchiveController(RuleVersionQueries versions, StatsQueries stats) {
        this.versions = versions;
        this.stats = stats;
    }

    /** The exact file a version was built from: {@code rules/verdict.drl} or {@code verdict.drl}. */
    @Tag(name = "Rules")
    @Operation(summary = "Download a file of an archived rule-set version", description = """
            The exact file the version was built from, e.g. rules/verdict.drl (ADMIN); a workbook as .xlsx, DRL as text.""")
    @ApiResponse(responseCode = "200", description = "The file as it was archived", content = {
            @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary"))})
    @GetMapping("/api/rules/versions/{version}/sources/{*file}")
    ResponseEntity<byte[]> source(@PathVariable String version, @PathVariable String file) {
        String name = file.startsWith("/") ? file.substring(1) : file;
        if (!SourcePath.isValidVersion(version) || !SourcePath.isValidFile(name)) {
            throw AuditProblems.invalidQuery(List.of(new ParameterProblem("file",
                    "must name a rule file of the version, such as rules/verdict.drl, without '..' or '\\'")));
        }
        RuleVersionQueries.SourceContent found = versions.source(version, name)
                .orElseThrow(() -> AuditProblems.notFound("file '" + name + "' of rule-set version '" + version + "'"));
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        return ResponseEntity.ok()
                .contentType(mediaTypeOf(fileName))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .eTag(found.source().sha256())
                .cacheControl(CacheControl.noCache())
                .body(found.content());
    }

    @Tag(name = "Audit")
    @Operation(summary = "Count how often each rule fired", description = "Over the stored evaluations in a time range (AUDITOR).")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "evaluated at or after: an instant (2026-11-01T00:00:00Z) or a date",
            schema = @Schema(type = "string"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "evaluated before: an instant or a date", schema = @Schema(type = "string"))
    @GetMapping("/api/rules/stats")
    RuleStats stats(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        SearchCriteria range = SearchParameters.range(parameters);
        return stats.stats(range.from(), range.to());
    }

    private static MediaType mediaTypeOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return ExportFormat.XLSX.mediaType();
        }
        if (lower.endsWith(".xls")) {
            return MediaType.parseMediaType("application/vnd.ms-excel");
        }
        if (lower.endsWith(".csv")) {
            return ExportFormat.CSV.mediaType();
        }
        return new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    }
}
