package org.wangge.kernel.rules.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The allow-list at its boundaries: each permitted member next to the forbidden one closest to it. */
class AllowListTest {

    private static boolean m(String owner, String name, String descriptor) {
        return AllowList.member(owner, name, descriptor, false);
    }

    @Test
    void the_model_is_open_but_the_raw_value_of_personal_data_is_not() {
        assertThat(m("org/wangge/kernel/model/identity/ResidentIdNumber", "masked", "()Ljava/lang/String;")).isTrue();
        assertThat(m("org/wangge/kernel/model/identity/ResidentIdNumber", "unmasked", "()Ljava/lang/String;")).isFalse();
        assertThat(m("org/wangge/kernel/model/grid/Grid", "isInEffectOn", "(Ljava/time/LocalDate;)Z")).isTrue();
        assertThat(m("org/wangge/kernel/model/calendar/WorkingDayCalendar", "isWorkingDay", "(Ljava/time/LocalDate;)Z")).isTrue();
        assertThat(m("org/wangge/kernel/model/calendar/WorkingDayCalendarLoader", "load", "([Ljava/nio/file/Path;)Lx;")).isFalse();
        assertThat(m("org/wangge/kernel/rules/facts/Breach", "of", "()V")).isTrue();
        assertThat(m("org/wangge/kernel/rules/ParameterValues", "intValue", "(Ljava/lang/String;)I")).isTrue();
        assertThat(m("org/wangge/kernel/rules/RuleEngine", "zigong", "()V")).isFalse();
        assertThat(m("org/wangge/kernel/rules/internal/sandbox/Budget", "tick", "()V")).isFalse();
    }

    @Test
    void java_lang_values_yes_the_host_no() {
        assertThat(m("java/lang/String", "format", "(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;")).isTrue();
        assertThat(m("java/lang/Integer", "parseInt", "(Ljava/lang/String;)I")).isTrue();
        assertThat(m("java/lang/Integer", "getInteger", "(Ljava/lang/String;)Ljava/lang/Integer;")).isFalse(); // reads a system property
        assertThat(m("java/lang/Boolean", "getBoolean", "(Ljava/lang/String;)Z")).isFalse();
        assertThat(m("java/lang/Object", "equals", "(Ljava/lang/Object;)Z")).isTrue();
        assertThat(m("java/lang/Object", "getClass", "()Ljava/lang/Class;")).isFalse();
        assertThat(m("java/lang/Object", "wait", "()V")).isFalse();
        assertThat(m("java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V")).isTrue();
        assertThat(m("java/lang/System", "exit", "(I)V")).isFalse();
        assertThat(m("java/lang/System", "getenv", "(Ljava/lang/String;)Ljava/lang/String;")).isFalse();
        assertThat(m("java/lang/IllegalArgumentException", "<init>", "(Ljava/lang/String;)V")).isTrue();
        assertThat(m("java/lang/Throwable", "printStackTrace", "()V")).isFalse();
        assertThat(m("java/lang/Thread", "sleep", "(J)V")).isFalse();
        assertThat(m("java/lang/Class", "forName", "(Ljava/lang/String;)Ljava/lang/Class;")).isFalse();
    }

    @Test
    void java_util_collections_yes_formatter_scanner_threads_and_parallel_streams_no() {
        assertThat(m("java/util/ArrayList", "<init>", "()V")).isTrue();
        assertThat(m("java/util/Collection", "stream", "()Ljava/util/stream/Stream;")).isTrue();
        assertThat(m("java/util/Collection", "parallelStream", "()Ljava/util/stream/Stream;")).isFalse();
        assertThat(m("java/util/stream/Stream", "map", "(Ljava/util/function/Function;)Ljava/util/stream/Stream;")).isTrue();
        assertThat(m("java/util/stream/BaseStream", "parallel", "()Ljava/util/stream/BaseStream;")).isFalse();
        assertThat(m("java/util/Formatter", "<init>", "(Ljava/lang/String;)V")).isFalse();
        assertThat(m("java/util/Scanner", "<init>", "(Ljava/io/File;)V")).isFalse();
        assertThat(m("java/util/Properties", "load", "(Ljava/io/Reader;)V")).isFalse();
        assertThat(m("java/util/Locale", "ENGLISH", null)).isTrue();
        assertThat(m("java/util/Locale", "setDefault", "(Ljava/util/Locale;)V")).isFalse();
        assertThat(m("java/util/concurrent/TimeUnit", "sleep", "(J)V")).isFalse();
        assertThat(m("java/time/LocalDate", "plusDays", "(J)Ljava/time/LocalDate;")).isTrue();
        assertThat(m("java/time/zone/ZoneRulesProvider", "registerProvider", "(Ljava/time/zone/ZoneRulesProvider;)V")).isFalse();
        assertThat(m("java/math/BigDecimal", "add", "(Ljava/math/BigDecimal;)Ljava/math/BigDecimal;")).isTrue();
    }

    @Test
    void the_engine_only_for_the_rules_own_match() {
        assertThat(m("org/drools/model/DroolsEntryPoint", "insert", "(Ljava/lang/Object;)V")).isTrue();
        assertThat(m("org/drools/model/Drools", "logicalInsert", "(Ljava/lang/Object;)V")).isTrue();
        assertThat(m("org/drools/model/Drools", "getRuntime", "(Ljava/lang/Class;)Ljava/lang/Object;")).isFalse();
        assertThat(m("org/drools/model/Drools", "halt", "()V")).isFalse();
        assertThat(m("org/drools/model/Drools", "getChannel", "(Ljava/lang/String;)Lorg/drools/model/Channel;")).isFalse();
        assertThat(m("org/kie/api/runtime/rule/RuleContext", "getRule", "()Lorg/kie/api/definition/rule/Rule;")).isTrue();
        assertThat(m("org/kie/api/runtime/KieContext", "getKieRuntime", "()Lorg/kie/api/runtime/KieRuntime;")).isFalse();
        assertThat(m("org/drools/base/rule/consequence/ConsequenceContext", "insertLogical", "(Ljava/lang/Object;)Lorg/kie/api/runtime/rule/FactHandle;")).isTrue();
        assertThat(m("org/drools/base/rule/consequence/ConsequenceContext", "getChannels", "()Ljava/util/Map;")).isFalse();
        assertThat(m("org/drools/model/Rule$Attribute", "SALIENCE", null)).isTrue();
        assertThat(m("org/drools/model/Rule$Attribute", "TIMER", null)).isFalse();
        assertThat(m("org/drools/core/base/accumulators/CountAccumulateFunction", "<init>", "()V")).isTrue();
        assertThat(m("org/drools/core/base/accumulators/CountAccumulateFunction", "readExternal", "(Ljava/io/ObjectInput;)V")).isFalse();
        assertThat(m("org/kie/api/KieServices", "get", "()Lorg/kie/api/KieServices;")).isFalse();
        assertThat(AllowList.member("org/kie/api/KieServices", "get", "()Lorg/kie/api/KieServices;", true)).as("the project descriptor").isTrue();
        assertThat(m("org/mvel2/MVEL", "eval", "(Ljava/lang/String;)Ljava/lang/Object;")).isFalse();
    }

    @Test
    void types_named_in_code() {
        assertThat(AllowList.type("java/util/List", false)).isTrue();
        assertThat(AllowList.type("java/io/File", false)).isFalse();
        assertThat(AllowList.type("java/lang/Runtime", false)).isFalse();
        assertThat(AllowList.type("java/lang/Class", false)).isFalse();
        assertThat(AllowList.type("org/wangge/kernel/model/grid/Grid", false)).isTrue();
    }
}
