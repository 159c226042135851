package app.clientfit.impact;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import app.clientfit.problem.Problems;
import app.clientfit.rules.RuleFileNames;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** Whose verdict a changed rule file would change, before it is saved. */
@Tag(name = "Rules")
@RestController
class ImpactController {

    private final ImpactService impact;

    ImpactController(ImpactService impact) {
        this.impact = impact;
    }

    @Operation(summary = "Replay stored decisions on a candidate rule set", description = """
            Builds the rule set as validate does with this file (a workbook or DRL), or from the rule folder as it is on disk \
            when no file is given, and replays on it the latest stored evaluation of every client evaluated in [from, to) \
            (default: the last 365 days) (ADMIN). Answers the verdict transitions, every changed client with before, after, \
            the rules gained and lost (the first 1,000 in JSON; format=csv or xlsx streams them all) and the rules that never \
            fired. An invalid candidate answers valid: false with its errors; one whose rules do not compile replays nothing. \
            Nothing is activated. One replay runs at a time: a second is answered 429 with Retry-After.""")
    @PostMapping("/api/rules/impact")
    ResponseEntity<ImpactReport> impact(@RequestParam(name = "file", required = false) MultipartFile file,
                                        @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                        @Parameter(description = "json (default), csv or xlsx") @RequestParam(required = false) String format,
                                        @Parameter(hidden = true) HttpServletResponse response) throws IOException {
        Boolean xlsx = xlsx(format);
        String name = file == null ? null : RuleFileNames.require(file.getOriginalFilename());
        byte[] content = file == null ? null : file.getBytes();
        ImpactService.Window window = impact.window(from, to);
        if (xlsx == null) {
            return ResponseEntity.ok(impact.measure(name, content, window));
        }
        try (ChangedClientsFile changed = new ChangedClientsFile(xlsx, response)) {
            ImpactReport report = impact.measure(name, content, window, changed);
            if (report.clientsReplayed() == 0 && !report.valid()) {
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
            }
            changed.finish();
        }
        return null;
    }

    @Operation(summary = "Cancel the running replay", description = "Stops the replay that runs now; it answers 409 (ADMIN).")
    @DeleteMapping("/api/rules/impact")
    Map<String, String> cancel() {
        return Map.of("cancelled", impact.cancel());
    }

    /** @return null for JSON */
    private static Boolean xlsx(String format) {
        if (format == null) {
            return null;
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> null;
            case "csv" -> false;
            case "xlsx" -> true;
            default -> throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-query",
                    "Invalid query parameters", "format must be json, csv or xlsx"), null);
        };
    }
}
