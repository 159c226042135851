package app.clientfit.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

import app.clientfit.evaluation.EvaluationLimits;
import app.clientfit.web.WebProperties;

/** A web slice of console page controllers, with the helpers their pages use; the services they call are mocked by each test. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebMvcTest
@Import({ConsoleTimes.class, FactsForm.class, Personas.class})
@EnableConfigurationProperties({WebProperties.class, EvaluationLimits.class})
@interface ConsolePageTest {

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
