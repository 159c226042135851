package app.clientfit.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

    /** Closed after the web server stopped and before the database is: what is waiting still commits. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "clientfit.audit", name = "enabled", havingValue = "true", matchIfMissing = true)
    GroupCommitWriter auditWriter(AuditWrites writes, AuditProperties properties) {
        return new GroupCommitWriter(writes::insert, properties.maxBatchSize(), properties.commitTimeout());
    }
}
