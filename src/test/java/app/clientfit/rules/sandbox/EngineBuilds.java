package app.clientfit.rules.sandbox;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/** Builds DRL with the engine alone, past the check of rule text, as if that check had missed something. */
final class EngineBuilds {

    private static final AtomicLong BUILDS = new AtomicLong();

    private EngineBuilds() {
    }

    /** @param drls the DRL of each unit; all must build without errors */
    static synchronized KieBase build(List<String> drls) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("app.clientfit", "engine-only", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem fileSystem = services.newKieFileSystem();
        fileSystem.generateAndWritePomXML(releaseId);
        for (int i = 0; i < drls.size(); i++) {
            fileSystem.write("src/main/resources/clientfit/rules/unit-" + i + ".drl", drls.get(i));
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        try {
            if (!errors.isEmpty()) {
                throw new AssertionError("the engine did not build the rules: " + errors);
            }
            return services.newKieContainer(releaseId).getKieBase();
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }
}
