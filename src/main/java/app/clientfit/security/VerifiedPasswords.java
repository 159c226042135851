package app.clientfit.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Checks passwords against their bcrypt hashes, and remembers for a while which password matched
 * which hash, so that HTTP Basic, which sends the password with every call, pays for bcrypt once per
 * user and period rather than on every request (bcrypt is slow on purpose: at cost 10 a check takes
 * tens of milliseconds of CPU, more than an evaluation by far).
 * <p>
 * Only successful checks are remembered, so guessing still pays the full cost per guess. What is
 * remembered is an HMAC of hash and password under a key made at start-up and held only in memory,
 * never the password; a changed hash (a new password) matches nothing remembered for the old one.
 * <p>
 * A match against a hash this encoder made itself is never remembered either. The only such hash is
 * Spring's stand-in for unknown user names (see {@link UserAccounts#passwordEncoder}), whose password
 * is public: remembered, it would make an unknown name with that password answer faster than a known
 * name, which pays for bcrypt, and so tell which names exist.
 */
final class VerifiedPasswords implements PasswordEncoder {

    private static final String HMAC = "HmacSHA256";
    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordEncoder hashes;
    private final SecretKeySpec key;
    private final Cache<String, Boolean> verified;
    private final Cache<String, Boolean> madeHere = Caffeine.newBuilder().maximumSize(16).build();

    /** @param remember how long a verified password is remembered; zero: never, every call checks the hash */
    VerifiedPasswords(PasswordEncoder hashes, Duration remember) {
        this.hashes = hashes;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.verified = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(remember.isZero() ? 0 : MAX_REMEMBERED).build();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        String hash = hashes.encode(rawPassword);
        madeHere.put(hash, Boolean.TRUE);
        return hash;
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return hashes.matches(rawPassword, encodedPassword);
        }
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        if (verified.getIfPresent(fingerprint) != null) {
            return true;
        }
        boolean matches = hashes.matches(rawPassword, encodedPassword);
        if (matches && madeHere.getIfPresent(encodedPassword) == null) {
            verified.put(fingerprint, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashes.upgradeEncoding(encodedPassword);
    }

    /** How many verified passwords are remembered now. */
    long remembered() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is part of every Java runtime", e);
        }
    }
}
