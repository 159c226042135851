package app.clientfit.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import app.clientfit.audit.AuditService;

/**
 * One client's history (AUDITOR), and its erasure (ADMIN), which the administrator confirms by typing the id. The
 * pages link with {@code ?clientId=}, which takes any id; the path form serves ids that can be a path segment.
 */
@Controller
class ClientPageController {

    private final AuditService audit;

    ClientPageController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping(path = "/console/clients", params = "clientId")
    String historyOf(@RequestParam String clientId, @RequestParam(defaultValue = "0") int page, Model model) {
        return history(clientId, page, model);
    }

    @GetMapping("/console/clients/{clientId}")
    String history(@PathVariable String clientId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("clientId", clientId);
        model.addAttribute("results", audit.search(new AuditService.Selection(clientId, null, null, null, null), page,
                SearchForm.PAGE_SIZE));
        return "client";
    }

    @PostMapping(path = "/console/clients/erase", params = "clientId")
    String eraseOf(@RequestParam String clientId, @RequestParam(defaultValue = "") String confirmation, RedirectAttributes redirect) {
        return erase(clientId, confirmation, redirect);
    }

    @PostMapping("/console/clients/{clientId}/erase")
    String erase(@PathVariable String clientId, @RequestParam(defaultValue = "") String confirmation, RedirectAttributes redirect) {
        if (confirmation.equals(clientId)) {
            redirect.addFlashAttribute("erased", audit.erase(clientId));
        } else {
            redirect.addFlashAttribute("confirmationMismatch", true);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/console/clients").queryParam("clientId", "{id}").buildAndExpand(clientId)
                .encode().toUriString();
    }
}
