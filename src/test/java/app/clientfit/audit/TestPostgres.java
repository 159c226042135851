package app.clientfit.audit;

import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the storage tests run against, named by CLIENTFIT_TEST_POSTGRES_URL, _USER and
 * _PASSWORD (.ci/run starts one). Without it the tests are skipped with a message, except on CI
 * (CI=true), where they fail: a missing database must never pass for a green build.
 */
final class TestPostgres implements ExecutionCondition {

    static final String URL = System.getenv("CLIENTFIT_TEST_POSTGRES_URL");
    static final String USER = envOr("CLIENTFIT_TEST_POSTGRES_USER", "clientfit");
    static final String PASSWORD = envOr("CLIENTFIT_TEST_POSTGRES_PASSWORD", "clientfit");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (URL != null && !URL.isBlank()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + URL);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but CLIENTFIT_TEST_POSTGRES_URL is not set: "
                    + "the PostgreSQL storage tests cannot run (.ci/run starts a server for them)");
        }
        return ConditionEvaluationResult.disabled("No PostgreSQL for tests: set CLIENTFIT_TEST_POSTGRES_URL "
                + "(and _USER, _PASSWORD) or run `source .ci/postgres-for-tests` first, as the README says");
    }

    /** A new schema name, so that each run starts empty and runs never see each other's records. */
    static String freshSchema() {
        return "audit_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The server's URL with the given schema as the connection's default. */
    static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
