package app.clientfit.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.clientfit.cluster.ThisNode;

/** The live instances of the service with the rule version each serves (ADMIN). */
@Controller
class ClusterPageController {

    private final ThisNode node;

    ClusterPageController(ThisNode node) {
        this.node = node;
    }

    @GetMapping("/console/cluster")
    String cluster(Model model) {
        model.addAttribute("thisNode", node.id());
        model.addAttribute("nodes", node.live());
        return "cluster";
    }
}
