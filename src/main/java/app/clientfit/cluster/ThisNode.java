package app.clientfit.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.clientfit.rules.ActiveRuleSet;
import app.clientfit.rules.RuleSet;

/**
 * This instance in the shared database: it reports every heartbeat that it is alive and which rule version it
 * serves, and leaves the list when it stops. An instance killed without stopping leaves it once it has been
 * silent for the node timeout.
 */
@Component
public class ThisNode {

    private static final Logger log = LoggerFactory.getLogger(ThisNode.class);

    private final ClusterNodes nodes;
    private final ClusterProperties properties;
    private final ActiveRuleSet active;
    private final Clock clock;
    private final Instant startedAt;
    private volatile String id;
    private volatile boolean reported;
    private volatile boolean failing;

    ThisNode(ClusterNodes nodes, ClusterProperties properties, ActiveRuleSet active, Clock clock) {
        this.nodes = nodes;
        this.properties = properties;
        this.active = active;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @EventListener
    void started(WebServerInitializedEvent started) {
        if (started.getApplicationContext().getParent() == null) {
            name(properties.nodeId() != null && !properties.nodeId().isBlank() ? properties.nodeId()
                    : hostName() + ":" + started.getWebServer().getPort());
        }
    }

    /** Takes this name in the list and reports at once. */
    void name(String nodeId) {
        id = nodeId;
        report();
    }

    /** This instance's name; null until its web server runs. */
    public String id() {
        return id;
    }

    @Scheduled(fixedDelayString = "${clientfit.cluster.heartbeat:2s}", initialDelayString = "${clientfit.cluster.heartbeat:2s}")
    void report() {
        if (id == null) {
            return;
        }
        try {
            Instant now = clock.instant();
            nodes.report(id, active.current().map(RuleSet::version).orElse(null), startedAt, now);
            nodes.forgetSilentSince(now.minus(properties.nodeTimeout().multipliedBy(100)));
            if (!reported) {
                log.info("Taking part in the service as node {} (heartbeat {}, node timeout {})", id, properties.heartbeat(),
                        properties.nodeTimeout());
                reported = true;
            }
            if (failing) {
                log.info("Node {} reports to the database again", id);
                failing = false;
            }
        } catch (DataAccessException e) {
            if (!failing) {
                log.warn("Node {} cannot report to the database (it leaves GET /api/cluster after {} unless it can again): {}", id,
                        properties.nodeTimeout(), e.getMessage());
                failing = true;
            }
        }
    }

    /** The nodes that reported within the node timeout. */
    public List<ClusterNode> live() {
        return nodes.seenSince(clock.instant().minus(properties.nodeTimeout()));
    }

    @EventListener
    void leave(ContextClosedEvent closed) {
        if (id != null && closed.getApplicationContext().getParent() == null) {
            try {
                nodes.leave(id);
            } catch (DataAccessException e) {
                log.warn("Node {} could not leave the list; it drops out after {}", id, properties.nodeTimeout());
            }
            id = null;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
