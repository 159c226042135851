package app.clientfit.rules.sandbox;

import java.util.HashMap;
import java.util.Map;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/** Where the rules, functions and declared types of test DRL stand: by the engine's own parser, as the compiler does. */
final class DrlOrigins implements CodeOrigins {

    private final Map<String, Place> places = new HashMap<>();

    /** Adds what the DRL declares, each placed by {@code locator} at the line it starts on. */
    DrlOrigins add(String source, String drl, Locator locator) {
        PackageDescr descr;
        try {
            descr = new DrlParser().parse(false, drl);
        } catch (DroolsParserException e) {
            throw new IllegalArgumentException(e);
        }
        descr.getRules().forEach(rule -> put(Kind.RULE, descr, rule.getName(), rule, source, locator));
        descr.getFunctions().forEach(function -> put(Kind.FUNCTION, descr, function.getName(), function, source, locator));
        descr.getTypeDeclarations().forEach(type -> put(Kind.TYPE, descr, type.getTypeName(), type, source, locator));
        return this;
    }

    @Override
    public Place place(Kind kind, String packageName, String name) {
        return places.get(kind + "/" + packageName + "/" + name);
    }

    private void put(Kind kind, PackageDescr descr, String name, BaseDescr declared, String source, Locator locator) {
        places.put(kind + "/" + descr.getName() + "/" + name, new Place(source, locator.locate(declared.getLine(), -1)));
    }

    static Locator lines() {
        return (line, column) -> "line " + line;
    }
}
