package app.clientfit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTests {

    @Test
    void shouldBeVersionSevenWithTheTimeInItsFirstBits() {
        long millis = 1_795_430_400_123L;
        UUID id = TimeOrderedIds.at(millis, new SecureRandom());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void shouldSortLaterIdsAfterEarlierOnesAsTextAndAsUuid() {
        SecureRandom random = new SecureRandom();
        List<UUID> ids = new ArrayList<>();
        for (long millis = 1_795_430_400_000L; millis < 1_795_430_400_000L + 1000; millis += 7) {
            ids.add(TimeOrderedIds.at(millis, random));
        }

        assertThat(ids).isSortedAccordingTo((a, b) -> a.toString().compareTo(b.toString()));
        // Databases compare UUIDs as unsigned bytes, which is the text order; so does this comparator.
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits()));
    }

    @Test
    void shouldNotRepeatWithinOneMillisecond() {
        Set<UUID> ids = new HashSet<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.at(1_795_430_400_000L, random));
        }
        assertThat(ids).hasSize(100_000);
    }

    @Test
    void shouldMakeIdsOfTheCurrentTime() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }
}
