package app.clientfit.cluster;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import app.clientfit.rules.VersionRefusals;
import app.clientfit.rules.problem.RuleProblem;

/**
 * The rule versions refused by any instance, kept in the shared database. When the database cannot be asked,
 * an instance decides alone (as a single one would) rather than keep a valid change from serving.
 */
@Component
class SharedVersionRefusals implements VersionRefusals {

    private static final Logger log = LoggerFactory.getLogger(SharedVersionRefusals.class);
    private static final int MAX_PROBLEM_LENGTH = 2000;

    private final ClusterNodes nodes;
    private final ThisNode node;
    private final Clock clock;

    SharedVersionRefusals(ClusterNodes nodes, ThisNode node, Clock clock) {
        this.nodes = nodes;
        this.node = node;
        this.clock = clock;
    }

    @Override
    public Optional<String> refusedElsewhere(String version) {
        try {
            return nodes.refusal(version).filter(refusal -> !refusal.refusedBy().equals(node.id()))
                    .map(refusal -> "node " + refusal.refusedBy() + " refused this version (" + version + ") at " + refusal.refusedAt()
                            + ", so no node activates it: " + refusal.problem() + " (POST /api/rules/reload builds it anyway)");
        } catch (DataAccessException e) {
            log.warn("Could not ask the database whether another node refused {}: {}", version, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void refused(String version, List<RuleProblem> problems) {
        String first = problems.isEmpty() ? "invalid" : problems.get(0).toString();
        String problem = problems.size() > 1 ? first + " (and " + (problems.size() - 1) + " more)" : first;
        try {
            nodes.refuse(new ClusterNodes.Refusal(version, String.valueOf(node.id()), clock.instant(),
                    problem.length() > MAX_PROBLEM_LENGTH ? problem.substring(0, MAX_PROBLEM_LENGTH) : problem));
        } catch (DataAccessException e) {
            log.warn("Could not tell the other nodes that {} is invalid: {}", version, e.getMessage());
        }
    }

    @Override
    public void accepted(String version) {
        try {
            nodes.forgetRefusal(version);
        } catch (DataAccessException e) {
            log.warn("Could not clear the refusal of {}: {}", version, e.getMessage());
        }
    }
}
