package app.clientfit.cluster;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The live instances of the service (ADMIN). */
@RestController
class ClusterController {

    record ClusterView(String thisNode, List<ClusterNode> nodes) {
    }

    private final ThisNode node;

    ClusterController(ThisNode node) {
        this.node = node;
    }

    @GetMapping("/api/cluster")
    @Operation(summary = "The live nodes: each with the rule version it serves and when it last reported")
    ClusterView cluster() {
        return new ClusterView(node.id(), node.live());
    }
}
