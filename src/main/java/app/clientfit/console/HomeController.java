package app.clientfit.console;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The way in: {@code /} leads a coach to the evaluate form and everyone else to the overview. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication user) {
        boolean readsAudit = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role -> role.equals("ROLE_AUDITOR") || role.equals("ROLE_ADMIN"));
        return readsAudit ? "redirect:/console" : "redirect:/console/evaluate";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** The impact of a change is shown where changes are made: on the rules page. */
    @GetMapping("/console/impact")
    String impact() {
        return "redirect:/console/rules#impact";
    }
}
