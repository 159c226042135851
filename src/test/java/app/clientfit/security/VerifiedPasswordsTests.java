package app.clientfit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTests {

    private final CountingEncoder bcrypt = new CountingEncoder();
    private final String hash = bcrypt.encode("richtig-grün");

    @Test
    void shouldCheckTheHashOnceForARightPasswordThenRememberIt() {
        VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(5));

        assertThat(passwords.matches("richtig-grün", hash)).isTrue();
        assertThat(passwords.matches("richtig-grün", hash)).isTrue();
        assertThat(passwords.matches("richtig-grün", hash)).isTrue();

        assertThat(bcrypt.checks.get()).isEqualTo(1);
        assertThat(passwords.remembered()).isEqualTo(1);
    }

    @Test
    void shouldCheckEveryWrongPasswordAgainstTheHash() {
        VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(5));

        assertThat(passwords.matches("falsch", hash)).isFalse();
        assertThat(passwords.matches("falsch", hash)).isFalse();
        passwords.matches("richtig-grün", hash);
        assertThat(passwords.matches("richtig-grü", hash)).isFalse();

        assertThat(bcrypt.checks.get()).isEqualTo(4);
        assertThat(passwords.remembered()).isEqualTo(1);
    }

    @Test
    void shouldNotCarryARememberedPasswordOverToAnotherHash() {
        VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(5));
        String newHash = bcrypt.encode("neu");

        assertThat(passwords.matches("richtig-grün", hash)).isTrue();
        assertThat(passwords.matches("richtig-grün", newHash)).isFalse();

        assertThat(bcrypt.checks.get()).isEqualTo(2);
    }

    @Test
    void shouldCheckEveryCallWhenTheCacheIsOff() {
        VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ZERO);

        assertThat(passwords.matches("richtig-grün", hash)).isTrue();
        assertThat(passwords.matches("richtig-grün", hash)).isTrue();

        assertThat(bcrypt.checks.get()).isEqualTo(2);
        assertThat(passwords.remembered()).isZero();
    }

    @Test
    void shouldNeverRememberAMatchAgainstAHashItMadeItself() {
        VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(5));
        String standIn = passwords.encode("userNotFoundPassword");

        assertThat(passwords.matches("userNotFoundPassword", standIn)).isTrue();
        assertThat(passwords.matches("userNotFoundPassword", standIn)).isTrue();

        assertThat(bcrypt.checks.get()).isEqualTo(2);
        assertThat(passwords.remembered()).isZero();
    }

    @Test
    void shouldForgetAfterThePeriod() throws InterruptedException {
        VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMillis(50));

        passwords.matches("richtig-grün", hash);
        Thread.sleep(120);
        passwords.matches("richtig-grün", hash);

        assertThat(bcrypt.checks.get()).isEqualTo(2);
    }

    private static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        private final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }
}
