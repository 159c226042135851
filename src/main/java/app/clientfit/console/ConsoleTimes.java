package app.clientfit.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Times as the pages show them ({@code ${@consoleTimes.format(t)}}): to the second, in UTC as the audit keeps them. */
@Component("consoleTimes")
class ConsoleTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String format(Instant time) {
        return time == null ? "" : SHOWN.format(time);
    }
}
