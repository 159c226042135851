package app.clientfit.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import app.clientfit.evaluation.TimeOrderedIds;

/**
 * Gives every request a correlation id: the caller's {@code X-Request-Id} when it is a plain token,
 * a new one (a time-ordered UUID) otherwise. It is echoed in the response, logged with every line, and
 * from here on it is the request's {@code X-Request-Id} header, where a controller reads it (the audit stores it).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final String LOG_KEY = "requestId";
    /** Printable ASCII without spaces or quotes, so an id can neither break a log line nor a header. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:/+=@-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = acceptOrCreate(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(LOG_KEY, id);
        try {
            chain.doFilter(new WithRequestId(request, id), response);
        } finally {
            MDC.remove(LOG_KEY);
        }
    }

    static String acceptOrCreate(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : TimeOrderedIds.next().toString();
    }

    /** The request with the accepted or assigned id as its only {@code X-Request-Id}. */
    private static final class WithRequestId extends HttpServletRequestWrapper {
        private final String id;

        WithRequestId(HttpServletRequest request, String id) {
            super(request);
            this.id = id;
        }

        @Override
        public String getHeader(String name) {
            return HEADER.equalsIgnoreCase(name) ? id : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of(id)) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            if (names.stream().noneMatch(HEADER::equalsIgnoreCase)) {
                names.add(HEADER);
            }
            return Collections.enumeration(names);
        }
    }
}
