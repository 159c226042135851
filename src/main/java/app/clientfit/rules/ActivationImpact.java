package app.clientfit.rules;

import java.time.Instant;
import java.util.Map;

/**
 * How many clients a newly activated version would have decided otherwise than the version before it, found by
 * replaying stored decisions after the activation (never before it: the activation does not wait for it).
 *
 * @param state           RUNNING, DONE, CANCELLED (a newer version came first) or FAILED
 * @param clientsReplayed null until done
 * @param changed         how many of them got another verdict; null until done
 * @param transitions     the changed verdicts, counted by {@code BEFORE->AFTER}
 */
public record ActivationImpact(String version, String previousVersion, String state, Long clientsReplayed, Long changed,
                               Map<String, Long> transitions, Instant startedAt, Instant finishedAt) {
}
