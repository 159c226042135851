package app.clientfit.rules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The activated versions since the service started, the newest {@value #LIMIT} of them. */
public class InMemoryRuleSetHistory implements RuleSetHistory {

    static final int LIMIT = 500;

    private final Deque<ActivatedVersion> versions = new ArrayDeque<>();

    @Override
    public synchronized void record(ActivatedVersion version) {
        versions.addFirst(version);
        while (versions.size() > LIMIT) {
            versions.removeLast();
        }
    }

    @Override
    public synchronized List<ActivatedVersion> versions() {
        return List.copyOf(versions);
    }
}
