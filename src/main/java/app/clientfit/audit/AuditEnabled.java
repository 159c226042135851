package app.clientfit.audit;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the audit is on, read as Spring reads any boolean setting (true/false, on/off, yes/no, 1/0, in any
 * case), the same way {@link AuditProperties} binds it. A string compare ("1" is not "true") switched the audit
 * off silently; a value that is no boolean now refuses the start instead.
 */
final class AuditEnabled implements Condition {

    static final String PROPERTY = "clientfit.audit.enabled";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEnabled(context.getEnvironment());
    }

    static boolean isEnabled(Environment environment) {
        try {
            return Binder.get(environment).bind(PROPERTY, Boolean.class).orElse(true);
        } catch (BindException e) {
            throw new InvalidAuditSwitchException(PROPERTY, environment.getProperty(PROPERTY), e);
        }
    }
}
