package app.clientfit.rules;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service started on a copy of the shipped rulebook in a folder of the test class's own, watched with
 * a short debounce, for tests that change rule files while it runs. A class that must change the copy
 * before the service starts does so in a {@code @DynamicPropertySource} method of its own, through
 * {@link #rules()}. The context is closed after each class: every class gets a folder of its own, and two
 * classes that differ only in their tests would otherwise share the first one's context and folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
abstract class ServedRuleFolder {

    @TempDir
    static Path parent;

    /** The copy being served; the same as {@link #rules()} once the service runs. */
    static Path rules;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ActiveRuleSet active;

    @DynamicPropertySource
    static void serveACopyOfTheShippedRulebook(DynamicPropertyRegistry registry) {
        RuleFolders.serve(registry, rules());
    }

    /** The copy of this test class, made on first use. */
    static Path rules() {
        if (rules == null || !rules.startsWith(parent)) {
            rules = RuleFolders.copyOfShipped(parent);
        }
        return rules;
    }
}
