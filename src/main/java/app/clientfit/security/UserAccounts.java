package app.clientfit.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The demo passwords are public; a low cost keeps demos and tests quick. */
    private static final int DEMO_HASH_COST = 4;

    @Bean
    PasswordEncoder passwordEncoder(AccountsProperties properties) {
        return new VerifiedPasswords(new BCryptPasswordEncoder(), properties.loginCache());
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

    private static void warnAboutDemoUsers() {
        String line = "*".repeat(96);
        log.warn(line);
        log.warn("*** DEMO USERS ARE ON: coach/coach-demo, auditor/auditor-demo, admin/admin-demo.");
        log.warn("*** Anyone who has read the README can call this service. For production, start with");
        log.warn("*** --spring.profiles.active=prod and configure clientfit.security.users (see the README).");
        log.warn(line);
    }
}
