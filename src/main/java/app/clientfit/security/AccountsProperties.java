package app.clientfit.security;

import java.time.Duration;
import java.util.List;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who may call the API.
 *
 * @param demoUsers     coach, auditor and admin with the passwords from the README; off in production
 * @param users         the real users, each with a bcrypt hash of the password (never the password)
 * @param metricsPublic whether /actuator/prometheus answers without credentials (otherwise AUDITOR)
 * @param loginCache    how long a password that matched its hash is remembered (only as an HMAC, in memory),
 *                      so that not every call pays for bcrypt; zero: every call checks the hash
 * @param loginFailuresBeforeDelay how many failed logins in a row one user name may have from one address
 *                      before further attempts of that pair wait (1 s, then twice as long after each failure)
 * @param loginDelayMax the longest such wait
 */
@Validated
@ConfigurationProperties("clientfit.security")
public record AccountsProperties(@DefaultValue("true") boolean demoUsers,
                                 @NotNull @DefaultValue List<@Valid @NotNull User> users,
                                 @DefaultValue("true") boolean metricsPublic,
                                 @NotNull @DefaultValue("5m") Duration loginCache,
                                 @Min(1) @Max(1000) @DefaultValue("10") int loginFailuresBeforeDelay,
                                 @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) @DefaultValue("15m") Duration loginDelayMax) {

    /** What an empty configuration means; for web slice tests, which bind no properties. */
    static AccountsProperties defaults() {
        return new AccountsProperties(true, List.of(), true, Duration.ofMinutes(5), 5, Duration.ofMinutes(15));
    }

    /** A bcrypt hash as htpasswd -B, Spring's BCryptPasswordEncoder and most tools write it. */
    static final String BCRYPT = "^\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$";

    /**
     * @param name         the login name
     * @param passwordHash a bcrypt hash, e.g. {@code $2y$10$...}
     * @param role         COACH, AUDITOR or ADMIN
     */
    public record User(@NotBlank @Size(max = 100) @Pattern(regexp = "[^:\\s]+", message = "must not contain ':' or spaces") String name,
                       @NotNull @Pattern(regexp = BCRYPT, message = "must be a bcrypt hash ($2a$, $2b$ or $2y$), not a password") String passwordHash,
                       @NotNull Role role) {

        @Override
        public String toString() {
            return "User[name=" + name + ", role=" + role + "]";
        }
    }
}
