package app.clientfit.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an instance takes part in the service when several share one database.
 *
 * @param nodeId      this instance's name in {@code GET /api/cluster}; empty: host name and port
 * @param heartbeat   how often it reports that it is alive and which rule version it serves
 * @param nodeTimeout how long after its last report an instance leaves the list of live nodes
 */
@ConfigurationProperties("clientfit.cluster")
public record ClusterProperties(String nodeId, @DefaultValue("2s") Duration heartbeat, @DefaultValue("15s") Duration nodeTimeout) {
}
