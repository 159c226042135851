package app.clientfit.impact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleSet;

/** What a replay found so far: counted one comparison at a time, keeping no more than the first changed clients. */
final class ImpactTally {

    /** Where every changed client goes besides the first ones kept (a file being written). */
    interface ChangedClients {
        void add(ChangedClient client) throws IOException;
    }

    static final int CLIENTS_KEPT = 1000;
    private static final int FAILURES_KEPT = 10;

    private final ChangedClients everyChanged;
    private final Map<String, Long> transitions = new TreeMap<>();
    private final List<ChangedClient> clients = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final Set<String> firedOnCandidate = new HashSet<>();
    private long replayed;
    private long changed;
    private long otherwiseChanged;
    private long notReplayed;

    ImpactTally(ChangedClients everyChanged) {
        this.everyChanged = everyChanged;
    }

    void add(Comparison comparison) {
        if (comparison.failure() != null) {
            notReplayed++;
            if (failures.size() < FAILURES_KEPT) {
                failures.add("evaluation " + comparison.evaluationId() + ": " + comparison.failure());
            }
            return;
        }
        replayed++;
        firedOnCandidate.addAll(comparison.after().firedRules());
        if (comparison.verdictChanged()) {
            ChangedClient client = ChangedClient.of(comparison.clientId(), comparison.evaluationId(), comparison.before(), comparison.after());
            changed++;
            transitions.merge(client.transition(), 1L, Long::sum);
            if (clients.size() < CLIENTS_KEPT) {
                clients.add(client);
            }
            try {
                everyChanged.add(client);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (comparison.otherwiseChanged()) {
            otherwiseChanged++;
        }
    }

    long replayed() {
        return replayed;
    }

    long changed() {
        return changed;
    }

    long otherwiseChanged() {
        return otherwiseChanged;
    }

    long notReplayed() {
        return notReplayed;
    }

    Map<String, Long> transitions() {
        return Collections.unmodifiableMap(new TreeMap<>(transitions));
    }

    List<ChangedClient> clients() {
        return List.copyOf(clients);
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** The candidate's rules that fired for none of the replayed clients, in the candidate's order. */
    List<String> neverFired(RuleSet candidate) {
        return candidate.rules().stream().map(RuleDefinition::name).filter(name -> !firedOnCandidate.contains(name)).distinct().toList();
    }
}
