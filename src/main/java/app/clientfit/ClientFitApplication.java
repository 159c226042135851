package app.clientfit;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import app.clientfit.batch.EvaluateCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ClientFitApplication {

    /** {@code evaluate …} evaluates a client list without starting the service; anything else starts the service. */
    public static void main(String[] args) {
        if (args.length > 0 && "evaluate".equals(args[0])) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            System.exit(EvaluateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(ClientFitApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
