package app.clientfit.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;

import org.drools.core.rule.consequence.KnowledgeHelper;
import org.junit.jupiter.api.Test;

/** The engine's glue in the allow-list: read only by the check of generated code, each entry one member. */
class GeneratedCodeCheckGlueTests {

    private static final String GET_CLASS = "getClass()Ljava/lang/Class;";

    @Test
    void shouldKeepTheEnginesGlueAwayFromRuleText() {
        RuleAllowList allowList = RuleAllowList.standard();

        assertThat(allowList.allowsType(KnowledgeHelper.class)).isFalse();
        assertThat(allowList.allowsType(Serializable.class)).isFalse();
        assertThat(allowList.allowsMethod(String.class, "getClass")).isFalse();
        assertThat(RuleAllowList.parse("generated java.io.Serializable = -\ninvoker java.lang.Object = " + GET_CLASS).allowsType(Serializable.class))
                .isFalse();
    }

    @Test
    void shouldLetOnlyTheEnginesInvokersUseTheInvokerGlue() {
        EngineGlue glue = EngineGlue.standard();

        assertThat(glue.allows("java/lang/Object", GET_CLASS, true)).isTrue();
        assertThat(glue.allows("java/lang/Object", GET_CLASS, false)).isFalse();
        assertThat(glue.allowsType("java/io/Serializable", false)).isTrue();
    }

    @Test
    void shouldMatchTheDescriptorNotJustTheName() {
        EngineGlue glue = EngineGlue.standard();

        assertThat(glue.allows("java/lang/ClassLoader", "getResourceAsStream(Ljava/lang/String;)Ljava/io/InputStream;", true)).isTrue();
        assertThat(glue.allows("java/lang/ClassLoader", "getResource(Ljava/lang/String;)Ljava/net/URL;", true)).isFalse();
        assertThat(glue.allows("org/drools/mvel/field/FieldFactory", "getFieldValue(Ljava/lang/Class;)Lorg/drools/base/rule/accessor/FieldValue;", false))
                .isFalse();
    }

    @Test
    void shouldStopAtStartWhenAnEntryNamesNothing() {
        assertThatThrownBy(() -> EngineGlue.parse("invoker java.lang.Object = getClas()Ljava/lang/Class;"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> EngineGlue.parse("generated org.drools.NoSuchType = -"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not exist");
    }
}
