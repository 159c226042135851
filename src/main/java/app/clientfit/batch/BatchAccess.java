package app.clientfit.batch;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import app.clientfit.security.AdditionalAccess;
import app.clientfit.security.Role;

/** A coach may send a list and fetch the template, as a coach may evaluate one client. */
@Configuration(proxyBeanMethods = false)
class BatchAccess {

    @Bean
    AdditionalAccess batchEvaluationAccess() {
        return new AdditionalAccess(HttpMethod.POST, "/api/evaluations/batch", Role.COACH);
    }

    @Bean
    AdditionalAccess batchTemplateAccess() {
        return new AdditionalAccess(HttpMethod.GET, "/api/evaluations/batch/template", Role.COACH);
    }
}
