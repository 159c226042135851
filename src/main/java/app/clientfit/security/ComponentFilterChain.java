package app.clientfit.security;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A security filter chain that is a component of its own (not a @Bean method), so that web slice tests get it
 * too: it builds its chain in its constructor and hands everything to it. With what both chains say rules with.
 */
abstract class ComponentFilterChain implements SecurityFilterChain {

    /** The chain as built. */
    abstract SecurityFilterChain chain();

    static AuthorizationManager<RequestAuthorizationContext> role(Role role) {
        AuthorityAuthorizationManager<RequestAuthorizationContext> manager = AuthorityAuthorizationManager.hasRole(role.name());
        manager.setRoleHierarchy(Role.hierarchy());
        return manager;
    }

    /** Path patterns that mean the same with one servlet or several (a database console adds one). */
    static PathPatternRequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /**
     * The security headers, written before the request is handled: by default they are written when the response
     * commits, and a streamed download (a client list) commits on another thread while the request's own thread
     * still finishes, so both touched the headers at once.
     */
    static void headersFirst(HeadersConfigurer<HttpSecurity> headers) {
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return chain().matches(request);
    }

    @Override
    public List<Filter> getFilters() {
        return chain().getFilters();
    }
}
