package app.clientfit.fuzz;

import java.util.List;
import java.util.Random;

/** Request lines as a client could send them: known paths with junk, traversal attempts, broken escapes. */
final class RequestLines {

    static final List<String> PATHS = List.of("/api/evaluations", "/api/rules", "/api/rules/reload", "/api/rules/validate",
            "/api/rules/versions", "/api/rules/sources/verdict.drl/drl", "/api/evaluations/x", "/api/clients/x",
            "/api/clients/x/evaluations", "/api/rules/stats", "/api/audit/rule-versions", "/api/rules/versions/abc/sources/rules/verdict.drl",
            "/actuator/health", "/actuator/info", "/actuator/prometheus", "/actuator/env", "/v3/api-docs", "/error", "/");
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FOO");
    static final List<String> JUNK = List.of("..", "%2e%2e", "%2F", "%00", "%zz", "%", ";jsessionid=1", "//", "\\", "~", "%u2215",
            "..%c0%af", "?", "#", "&", "=", "%0d%0aX-Injected:%201", "é", "%E2%80%AE", "*");

    private RequestLines() {
    }

    static String method(Random random) {
        return METHODS.get(random.nextInt(METHODS.size()));
    }

    /** A path and query: a known path, mostly damaged, with a random query string. */
    static String target(Random random) {
        StringBuilder target = new StringBuilder(PATHS.get(random.nextInt(PATHS.size())));
        int damage = random.nextInt(4);
        for (int i = 0; i < damage; i++) {
            int at = 1 + random.nextInt(target.length());
            target.insert(Math.min(at, target.length()), random.nextBoolean() ? JUNK.get(random.nextInt(JUNK.size()))
                    : "/" + ascii(random, 1 + random.nextInt(12)));
        }
        if (random.nextBoolean()) {
            target.append('?').append(query(random));
        }
        return target.toString();
    }

    static final List<String> SEARCH_PARAMETERS = List.of("clientId", "verdict", "rule", "from", "to", "page", "size", "format",
            "sort", "x");
    static final List<String> SEARCH_VALUES = List.of("", "BAD", "GOOD", "bad", "2026-11-23T10:15:30Z", "2026-13-45", "yesterday",
            "-1", "0", "99999999999", "1e9", "NaN", "csv", "xlsx", "pdf", "'; drop table evaluation; --", "%", "%25", "_", "\\",
            "Late payer", "%E2%80%AE", "%00", "x".repeat(5000));

    /** A query of the audit's search: its parameters, repeated, missing, or with damaged values. */
    static String search(Random random) {
        StringBuilder query = new StringBuilder();
        int pairs = 1 + random.nextInt(5);
        for (int i = 0; i < pairs; i++) {
            String value = random.nextInt(4) == 0 ? ascii(random, random.nextInt(20))
                    : SEARCH_VALUES.get(random.nextInt(SEARCH_VALUES.size())).replace(" ", "+");
            query.append(i > 0 ? "&" : "").append(SEARCH_PARAMETERS.get(random.nextInt(SEARCH_PARAMETERS.size()))).append('=').append(value);
        }
        return query.toString();
    }

    static String query(Random random) {
        StringBuilder query = new StringBuilder();
        int pairs = random.nextInt(6);
        for (int i = 0; i < pairs; i++) {
            query.append(i > 0 ? "&" : "").append(random.nextBoolean() ? JUNK.get(random.nextInt(JUNK.size())) : ascii(random, 6))
                    .append('=').append(random.nextInt(5) == 0 ? "x".repeat(random.nextInt(9000)) : ascii(random, 10));
        }
        return query.toString();
    }

    /** Printable characters a request line can carry, spaces and controls left out. */
    private static String ascii(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) (33 + random.nextInt(94)));
        }
        return s.toString();
    }
}
