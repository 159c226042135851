package app.clientfit.security;

import org.springframework.http.HttpMethod;

/**
 * A path that a profile adds under /api, with the role it needs: a bean of this type is granted by the
 * security chain before the contract's own paths, so the chain itself names only the contract's paths.
 *
 * @param method  the HTTP method, or {@code null} for every method
 * @param pattern the path pattern
 */
public record AdditionalAccess(HttpMethod method, String pattern, Role role) {
}
