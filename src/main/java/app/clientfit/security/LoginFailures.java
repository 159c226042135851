package app.clientfit.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Failed logins in a row per user name and remote address. From the
 * {@link AccountsProperties#loginFailuresBeforeDelay() n-th} failure on, the pair must wait before its
 * next attempt: 1 s, then twice as long after each further failure, up to
 * {@link AccountsProperties#loginDelayMax() a maximum}. A successful login forgets the pair. Nothing
 * sleeps: an attempt during the wait is refused at once, without its password being checked.
 * <p>
 * Once a pair must wait, one attempt at a time is let through after each wait: it claims the next wait
 * before its password is checked, so that attempts sent in parallel the moment a wait ends are not all tried.
 * <p>
 * At most {@value #MAX_PAIRS} pairs are kept, each for a day after its last failure (or twice the
 * maximum wait, if longer): long enough that pausing does not give a pair its first quick attempts back.
 */
@Component
class LoginFailures {

    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final int MAX_PAIRS = 100_000;
    /** Longer names cannot log in (see AccountsProperties.User); cut, so that a key stays small. */
    private static final int MAX_NAME_LENGTH = 100;

    private record Pair(String user, String address) {
    }

    /** @param waitUntil no attempt before this instant */
    private record Failures(int count, Instant waitUntil) {
    }

    private final Clock clock;
    private final int failuresBeforeWait;
    private final Duration maxWait;
    private final Cache<Pair, Failures> pairs;

    LoginFailures(AccountsProperties properties, Clock clock) {
        this.clock = clock;
        this.failuresBeforeWait = properties.loginFailuresBeforeDelay();
        this.maxWait = properties.loginDelayMax();
        Duration keep = maxWait.multipliedBy(2).compareTo(Duration.ofDays(1)) > 0 ? maxWait.multipliedBy(2) : Duration.ofDays(1);
        this.pairs = Caffeine.newBuilder().maximumSize(MAX_PAIRS).expireAfterWrite(keep)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** How long the pair must still wait; empty when this attempt may be checked. */
    Optional<Duration> waitBefore(String user, String address) {
        Instant now = clock.instant();
        AtomicReference<Duration> wait = new AtomicReference<>();
        pairs.asMap().computeIfPresent(pair(user, address), (pair, failures) -> {
            if (now.isBefore(failures.waitUntil())) {
                wait.set(Duration.between(now, failures.waitUntil()));
                return failures;
            }
            if (failures.count() >= failuresBeforeWait) {
                return new Failures(failures.count(), now.plus(waitAfter(failures.count() + 1)));
            }
            return failures;
        });
        return Optional.ofNullable(wait.get());
    }

    void failed(String user, String address) {
        Instant now = clock.instant();
        pairs.asMap().compute(pair(user, address), (pair, failures) -> {
            int count = failures == null ? 1 : failures.count() + 1;
            return new Failures(count, count >= failuresBeforeWait ? now.plus(waitAfter(count)) : now);
        });
    }

    void succeeded(String user, String address) {
        pairs.invalidate(pair(user, address));
    }

    /** The wait after this many failures in a row, from the threshold on. */
    private Duration waitAfter(int failures) {
        int doublings = Math.min(failures - failuresBeforeWait, 30);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    private static Pair pair(String user, String address) {
        String name = user == null ? "" : user.length() > MAX_NAME_LENGTH ? user.substring(0, MAX_NAME_LENGTH) : user;
        return new Pair(name, address == null ? "" : address);
    }
}
