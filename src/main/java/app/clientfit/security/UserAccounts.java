package app.clientfit.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The users who may log in: the configured ones, and the demo users unless they are turned off. */
@Configuration(proxyBeanMethods = false)
class UserAccounts {

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    /** The lowest bcrypt cost a configured user's hash may have (2^10 rounds); a lower one refuses the start. */
    static final int MIN_HASH_COST = 10;
    private static final int MAX_HASH_COST = 31;

    /**
     * The demo passwords are in the README, so a costly hash would protect nothing: a low cost keeps demos
     * and tests quick. Only configured users must reach {@link #MIN_HASH_COST}.
     */
    static final int DEMO_HASH_COST = 4;

    /**
     * The encoder's own strength is what an unknown user name costs: for an unknown name, Spring's login
     * check compares the password with a hash this encoder makes, so that the answer takes as long as for a
     * wrong password. That hash must therefore have the cost of the users' hashes.
     */
    @Bean
    PasswordEncoder passwordEncoder(AccountsProperties properties) {
        requireStrongHashes(properties.users());
        return new VerifiedPasswords(new BCryptPasswordEncoder(unknownUserCost(properties)), properties.loginCache());
    }

    /**
     * The cost of the users' hashes, the highest when they differ: the demo users' only when no user is
     * configured (their names are public, so what their cost tells is known anyway).
     */
    static int unknownUserCost(AccountsProperties properties) {
        return properties.users().stream().mapToInt(user -> cost(user.passwordHash())).max()
                .orElse(properties.demoUsers() ? DEMO_HASH_COST : MIN_HASH_COST);
    }

    /** The cost of a bcrypt hash: {@code $2y$12$...} is 12. */
    static int cost(String bcryptHash) {
        return Integer.parseInt(bcryptHash.split("\\$")[2]);
    }

    @Bean
    UserDetailsService userDetailsService(AccountsProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        if (properties.demoUsers()) {
            warnAboutDemoUsers();
            BCryptPasswordEncoder demo = new BCryptPasswordEncoder(DEMO_HASH_COST);
            for (Role role : Role.values()) {
                String name = role.name().toLowerCase(java.util.Locale.ROOT);
                users.add(user(name, demo.encode(name + "-demo"), role));
            }
        }
        properties.users().forEach(user -> users.add(user(user.name(), user.passwordHash(), user.role())));
        if (users.isEmpty()) {
            throw new NoUsersConfiguredException();
        }
        requireUniqueNames(users);
        log.info("{} user(s) may call the API: {}", users.size(),
                users.stream().map(u -> u.getUsername() + " " + u.getAuthorities()).toList());
        Map<String, UserDetails> byName = users.stream().collect(Collectors.toUnmodifiableMap(UserDetails::getUsername, user -> user));
        // A copy per login: the framework erases the password of the instance it authenticated. Not an
        // in-memory manager, which would re-hash the demo passwords at full cost on the first login.
        return name -> {
            UserDetails user = byName.get(name);
            if (user == null) {
                throw new UsernameNotFoundException("unknown user");
            }
            return User.withUserDetails(user).build();
        };
    }

    private static UserDetails user(String name, String hash, Role role) {
        return User.withUsername(name).password(hash).roles(role.name()).build();
    }

    private static void requireUniqueNames(List<UserDetails> users) {
        Set<String> names = new HashSet<>();
        for (UserDetails user : users) {
            if (!names.add(user.getUsername())) {
                throw new IllegalStateException("the user '" + user.getUsername()
                        + "' is configured twice (a demo user has this name too unless clientfit.security.demo-users=false)");
            }
        }
    }

    private static void requireStrongHashes(List<AccountsProperties.User> configured) {
        SortedSet<Integer> costs = new TreeSet<>();
        for (AccountsProperties.User user : configured) {
            int cost = cost(user.passwordHash());
            if (cost < MIN_HASH_COST) {
                throw new WeakPasswordHashException(user.name(), cost);
            }
            if (cost > MAX_HASH_COST) {
                throw new IllegalStateException("the password hash of the user '" + user.name() + "' has bcrypt cost " + cost
                        + "; bcrypt allows at most " + MAX_HASH_COST);
            }
            costs.add(cost);
        }
        if (costs.size() > 1) {
            log.warn("The users' password hashes have different bcrypt costs {}: a wrong password for a user with a cheaper hash"
                    + " is answered faster than an unknown user name, which tells that the name exists. Give every user the same cost.", costs);
        }
    }

    private static void warnAboutDemoUsers() {
        String line = "*".repeat(96);
        log.warn(line);
        log.warn("*** DEMO USERS ARE ON: coach/coach-demo, auditor/auditor-demo, admin/admin-demo.");
        log.warn("*** Anyone who has read the README can call this service. For production, start with");
        log.warn("*** --spring.profiles.active=prod and configure clientfit.security.users (see the README).");
        log.warn(line);
    }
}
