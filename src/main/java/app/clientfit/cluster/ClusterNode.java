package app.clientfit.cluster;

import java.time.Instant;

/** One instance of the service: its name, the rule version it serves (null: none), and when it last reported. */
public record ClusterNode(String id, String activeVersion, Instant lastSeen) {
}
