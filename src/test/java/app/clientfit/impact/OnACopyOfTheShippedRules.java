package app.clientfit.impact;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.clientfit.rules.RuleFolders;

/** The service on a copy of the shipped rule folder, which a test may change on disk. */
abstract class OnACopyOfTheShippedRules {

    @TempDir
    static Path parent;
    static Path rules;

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry registry) {
        rules = RuleFolders.copyOfShipped(parent);
        registry.add("clientfit.rules.dir", rules::toString);
    }
}
