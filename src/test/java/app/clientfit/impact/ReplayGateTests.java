package app.clientfit.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class ReplayGateTests {

    private final ReplayGate gate = new ReplayGate(Clock.systemUTC());

    @Test
    void aSecondReplayIsToldToWaitAndWhichOneRuns() {
        ReplayTicket first = new ReplayTicket("a replay of verdict.drl");
        gate.enter(first);

        assertThatThrownBy(() -> gate.enter(new ReplayTicket("a replay of the rule folder")))
                .isInstanceOfSatisfying(ErrorResponseException.class, busy -> {
                    assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                    assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("10");
                    assertThat(busy.getBody().getDetail()).contains("a replay of verdict.drl").contains("Wait until it ends");
                });
    }

    @Test
    void aReplayMayStartOnceTheOneBeforeHasLeft() {
        ReplayTicket first = new ReplayTicket("first");
        gate.enter(first);
        gate.leave(first);

        ReplayTicket second = new ReplayTicket("second");
        gate.enter(second);

        assertThat(gate.cancelRunning()).hasValueSatisfying(running -> assertThat(running).startsWith("second"));
    }

    @Test
    void aCancelledReplayStopsAtTheNextRecord() {
        ReplayTicket ticket = new ReplayTicket("a replay");
        gate.enter(ticket);
        ticket.read();

        gate.cancelRunning();

        assertThat(ticket.cancelled()).isTrue();
        assertThatThrownBy(ticket::read).isInstanceOf(ReplayTicket.ReplayCancelledException.class);
    }

    @Test
    void nothingIsCancelledWhenNoReplayRuns() {
        assertThat(gate.cancelRunning()).isEmpty();
    }
}
