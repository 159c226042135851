package app.clientfit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import app.clientfit.ClientFitApplication;

/** The production profile: no demo users, only configured ones with bcrypt hashes, and none means no start. */
class ProductionUsersTests {

    @Test
    void shouldRefuseToStartWithoutUsers() {
        assertThatThrownBy(() -> start("--clientfit.rules.dir=rules"))
                .hasRootCauseInstanceOf(NoUsersConfiguredException.class)
                .satisfies(e -> {
                    FailureAnalysis analysis = new NoUsersFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("refuses to start", "demo users are off");
                    assertThat(analysis.getAction()).contains("CLIENTFIT_SECURITY_USERS_0_PASSWORD_HASH");
                });
    }

    @Test
    void shouldRefuseAPlainPasswordWhereAHashBelongs() {
        assertThatThrownBy(() -> start("--clientfit.security.users[0].name=ops",
                "--clientfit.security.users[0].password-hash=secret", "--clientfit.security.users[0].role=ADMIN"))
                .hasStackTraceContaining("must be a bcrypt hash");
    }

    @Test
    void shouldRefuseAHashBelowCost10NamingTheUserAndTheCost() {
        String cheap = new BCryptPasswordEncoder(9).encode("s3cret-pass");

        assertThatThrownBy(() -> start("--clientfit.security.users[0].name=ops",
                "--clientfit.security.users[0].password-hash=" + cheap, "--clientfit.security.users[0].role=ADMIN"))
                .hasRootCauseInstanceOf(WeakPasswordHashException.class)
                .satisfies(e -> {
                    FailureAnalysis analysis = new WeakPasswordHashFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("refuses to start", "user 'ops'", "bcrypt cost 9", "minimum of 10");
                    assertThat(analysis.getAction()).contains("htpasswd -nbBC 12 ops");
                });
    }

    @Test
    void shouldLetInOnlyTheConfiguredUsers() {
        String hash = new BCryptPasswordEncoder(10).encode("s3cret-pass");
        try (ConfigurableApplicationContext context = start("--clientfit.security.users[0].name=ops",
                "--clientfit.security.users[0].password-hash=" + hash, "--clientfit.security.users[0].role=AUDITOR")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            TestRestTemplate http = new TestRestTemplate();
            String rules = "http://localhost:" + port + "/api/rules";

            assertThat(http.withBasicAuth("ops", "s3cret-pass").getForEntity(rules, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(http.withBasicAuth("coach", "coach-demo").getForEntity(rules, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--spring.main.banner-mode=off";
        System.arraycopy(args, 0, all, 2, args.length);
        return new SpringApplicationBuilder(ClientFitApplication.class).profiles("prod").run(all);
    }
}
