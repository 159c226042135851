package app.clientfit.console;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import app.clientfit.batch.BatchEvaluation;
import app.clientfit.batch.EvaluatedList;
import app.clientfit.batch.ListTemplate;
import app.clientfit.batch.UnreadableTableException;
import jakarta.servlet.http.HttpServletResponse;

/** A client list in, the same list with verdicts out (COACH): the template, the upload, and the evaluated list to download. */
@Controller
@RequestMapping("/console/batch")
class BatchPageController {

    private static final String PAGE = "batch";

    private final BatchEvaluation batch;

    BatchPageController(BatchEvaluation batch) {
        this.batch = batch;
    }

    @GetMapping
    String page() {
        return PAGE;
    }

    @GetMapping("/template")
    ResponseEntity<StreamingResponseBody> template() {
        return ListTemplate.download();
    }

    @PostMapping
    ResponseEntity<StreamingResponseBody> evaluate(@RequestParam("file") MultipartFile file,
                                                   @RequestParam(name = "format", required = false) String format, Principal caller,
                                                   @RequestHeader(name = "X-Request-Id", required = false) String requestId) throws IOException {
        EvaluatedList list;
        try (InputStream upload = file.getInputStream()) {
            list = batch.evaluate(upload, file.getOriginalFilename(), file.getSize(), format, caller.getName(), requestId);
        }
        return list.download();
    }

    /** The page again, saying why the list was not read. */
    @ExceptionHandler(UnreadableTableException.class)
    String refused(UnreadableTableException refused, Model model, HttpServletResponse response) {
        response.setStatus(refused.getStatusCode().value());
        model.addAttribute("refused", refused.detail());
        return PAGE;
    }
}
