package app.clientfit.rules;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-memory history, unless another capability provides a durable one. */
@Configuration(proxyBeanMethods = false)
class RuleSetHistoryConfiguration {

    @Bean
    @ConditionalOnMissingBean(RuleSetHistory.class)
    RuleSetHistory ruleSetHistory() {
        return new InMemoryRuleSetHistory();
    }
}
