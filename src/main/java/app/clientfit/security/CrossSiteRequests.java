package app.clientfit.security;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request under /api that would change something (any method but GET, HEAD, OPTIONS and
 * TRACE) when a browser says that a page of another site sent it.
 * <p>
 * A browser that was once given HTTP Basic credentials for the service sends them again with every
 * request to it, also with a form that another site submits or a fetch that it makes: without this check
 * any web page an administrator opens could reload the rules or erase a client in their name. Browsers
 * mark such requests: {@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site}, and
 * {@code Origin} names the page's origin ({@code null} for sandboxed pages and some redirects), which a
 * page cannot change. Scripts and tools send neither header and pass untouched, so no token is needed.
 * The check runs before the credentials are looked at and answers the same whatever they are.
 */
final class CrossSiteRequests extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");
    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    private final SecurityProblems problems;

    CrossSiteRequests(SecurityProblems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod()) || !API.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            problems.crossSite(response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the browser that sent the request says it came from a page that is not the service's own origin. */
    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && OTHER_SITES.contains(site.trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !isOwnOrigin(origin.trim(), request);
    }

    /**
     * Scheme, host and port as the request reached the service; behind a proxy, as the proxy's forwarded
     * headers say when {@code server.forward-headers-strategy} is set.
     */
    private static boolean isOwnOrigin(String origin, HttpServletRequest request) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()) || uri.getRawQuery() != null) {
            return false; // "null", or not an origin at all
        }
        int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
        return uri.getScheme().equalsIgnoreCase(request.getScheme())
                && bare(uri.getHost()).equalsIgnoreCase(bare(request.getServerName()))
                && port == request.getServerPort();
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : "http".equalsIgnoreCase(scheme) ? 80 : -1;
    }

    /** An IPv6 address without its brackets, which one side may write and the other not. */
    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
