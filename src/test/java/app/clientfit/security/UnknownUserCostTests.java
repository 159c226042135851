package app.clientfit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An unknown user name costs what a wrong password costs: the login runs a bcrypt check of the same cost
 * either way. The configured user's hash has cost 11, so the default strength (10) would not pass.
 */
@WebMvcTest(SecuritySlice.StandInApi.class)
@Import(SecuritySlice.class)
class UnknownUserCostTests {

    private static final String OPS_HASH = new BCryptPasswordEncoder(11).encode("a long secret");

    @DynamicPropertySource
    static void configuredUser(DynamicPropertyRegistry registry) {
        registry.add("clientfit.security.users[0].name", () -> "ops");
        registry.add("clientfit.security.users[0].password-hash", () -> OPS_HASH);
        registry.add("clientfit.security.users[0].role", () -> "ADMIN");
    }

    @Autowired
    MockMvc mvc;

    @MockitoSpyBean
    PasswordEncoder passwords;

    @Test
    void shouldCheckAnUnknownUserNameAtTheCostOfAWrongPassword() throws Exception {
        int wrongPassword = costOfTheCheck("ops", "a wrong secret");
        int unknownUser = costOfTheCheck("nobody", "a wrong secret");

        assertThat(wrongPassword).isEqualTo(11);
        assertThat(unknownUser).isEqualTo(wrongPassword);
    }

    @Test
    void shouldNeverRememberTheStandInOfUnknownUsers() throws Exception {
        // Spring compares an unknown user's password with a hash of this text; it matches, and must not be remembered.
        assertThat(costOfTheCheck("nobody", "userNotFoundPassword")).isEqualTo(11);

        assertThat(((VerifiedPasswords) passwords).remembered()).isZero();
    }

    @Test
    void shouldTakeTheCostOfTheConfiguredUsersOrOfTheDemoUsersWhenThereAreNoOthers() {
        String cost12 = "$2y$12$" + "a".repeat(53);

        assertThat(UserAccounts.unknownUserCost(accounts(true))).isEqualTo(UserAccounts.DEMO_HASH_COST);
        assertThat(UserAccounts.unknownUserCost(accounts(true, OPS_HASH, cost12))).isEqualTo(12);
        assertThat(UserAccounts.unknownUserCost(accounts(false, OPS_HASH))).isEqualTo(11);
    }

    /** Logs in once and answers the cost of the hash the password was checked against. */
    private int costOfTheCheck(String user, String password) throws Exception {
        clearInvocations(passwords);
        mvc.perform(get("/api/rules").with(httpBasic(user, password))).andExpect(status().isUnauthorized());
        ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
        verify(passwords).matches(any(), hash.capture());
        return UserAccounts.cost(hash.getValue());
    }

    private static AccountsProperties accounts(boolean demoUsers, String... hashes) {
        List<AccountsProperties.User> users = Arrays.stream(hashes)
                .map(hash -> new AccountsProperties.User("user-" + hash.hashCode(), hash, Role.COACH)).toList();
        return new AccountsProperties(demoUsers, users, true, Duration.ofMinutes(5), 5, Duration.ofMinutes(15));
    }
}
