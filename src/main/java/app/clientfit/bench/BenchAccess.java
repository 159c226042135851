package app.clientfit.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;

import app.clientfit.security.AdditionalAccess;
import app.clientfit.security.Role;

/** The trivial endpoint is checked as an evaluation is (a coach's HTTP Basic): the same cost. */
@Profile("bench")
@Configuration(proxyBeanMethods = false)
class BenchAccess {

    @Bean
    AdditionalAccess benchEchoAccess() {
        return new AdditionalAccess(HttpMethod.POST, BenchEchoController.PATH, Role.COACH);
    }
}
