package app.clientfit.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Failed logins are slowed down per user name and address: five in a row, then 1 s, 2 s, 4 s ... up to
 * the maximum (5 s here), and nobody else waits. The clock is the test's, so nothing waits for real.
 */
@WebMvcTest(controllers = SecuritySlice.StandInApi.class, properties = {"clientfit.security.login-failures-before-delay=5",
        "clientfit.security.login-delay-max=5s"})
@Import(SecuritySlice.class)
class LoginDelayTests {

    /** Each test calls from addresses of its own, so that the tests share no failures. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    SettableClock clock;

    @Test
    void shouldAnswer429WithRetryAfterFromTheSixthAttemptEvenWithTheRightPassword() throws Exception {
        String address = newAddress();
        failFiveTimes("coach", address);

        login("coach", "wrong", address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:clientfit:problem:login-delayed"))
                .andExpect(jsonPath("$.status").value(429));
        login("coach", "coach-demo", address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"));
    }

    @Test
    void shouldNotSlowDownAnotherAddressOrAnotherUser() throws Exception {
        String address = newAddress();
        failFiveTimes("coach", address);

        login("coach", "coach-demo", newAddress()).andExpect(status().isOk());
        login("auditor", "auditor-demo", address).andExpect(status().isOk());
        login("auditor", "wrong", address).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldLetTheRightPasswordInAfterTheWaitAndStartCountingAgain() throws Exception {
        String address = newAddress();
        failFiveTimes("coach", address);

        clock.advance(Duration.ofSeconds(1));
        login("coach", "coach-demo", address).andExpect(status().isOk());

        failFiveTimes("coach", address);
        login("coach", "coach-demo", address).andExpect(status().isTooManyRequests());
    }

    @Test
    void shouldDoubleTheWaitWithEachFurtherFailureUpToTheMaximum() throws Exception {
        String address = newAddress();
        failFiveTimes("coach", address);

        for (int expected : new int[] {1, 2, 4, 5, 5}) {
            login("coach", "wrong", address).andExpect(header().string("Retry-After", Integer.toString(expected)));
            clock.advance(Duration.ofSeconds(expected));
            login("coach", "wrong", address).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void shouldSlowDownAnUnknownUserNameJustTheSame() throws Exception {
        String address = newAddress();
        failFiveTimes("nobody", address);

        login("nobody", "wrong", address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"));
    }

    private void failFiveTimes(String user, String address) throws Exception {
        for (int i = 0; i < 5; i++) {
            login(user, "wrong", address).andExpect(status().isUnauthorized());
        }
    }

    private ResultActions login(String user, String password, String address) throws Exception {
        return mvc.perform(get("/api/rules").with(httpBasic(user, password)).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }));
    }

    private static String newAddress() {
        return "192.0.2." + ADDRESSES.incrementAndGet();
    }

    @TestConfiguration
    static class Clocks {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(Instant.now());
        }
    }

    /** A clock that moves only when told to. */
    static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
