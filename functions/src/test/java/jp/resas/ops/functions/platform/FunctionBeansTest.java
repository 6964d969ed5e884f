package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.annotation.Controller;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.util.List;
import java.util.Map;
import jp.resas.ops.alarm.infrastructure.AlarmIntakeService;
import jp.resas.ops.functions.alarm.AlarmIntakeHandler;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;

/** A function's context holds its kind of beans only: no Flyway anywhere, no web part outside the API. */
class FunctionBeansTest {

    private static final DatabaseSecrets NO_SECRET = (arn, host, db) -> {
        throw new AssertionError("the database is given by URL");
    };

    private static Map<String, String> environment() {
        return Map.of("RESAS_DB_URL", MigratedDatabase.newDatabase(), "RESAS_DB_USER", "postgres",
                "RESAS_DB_PASSWORD", "postgres", "RESAS_JWT_SECRET", TestPlatform.SECRET);
    }

    private static List<String> beanTypes(ApplicationContext context) {
        return context.getAllBeanDefinitions().stream().map(BeanDefinition::getBeanType).map(Class::getName).toList();
    }

    @Test
    void anEventFunction_startsWithoutControllers_security_views_flywayOrManagement_andStillBuildsItsHandler() {
        try (ApplicationContext context = LambdaPlatform.start(environment(), FunctionBeans.EVENTS, NO_SECRET)) {
            assertThat(context.getBeanDefinitions(Qualifiers.byStereotype(Controller.class))).isEmpty();
            assertThat(beanTypes(context)).noneMatch(type -> type.startsWith("io.micronaut.flyway.")
                    || type.startsWith("org.flywaydb.") || type.startsWith("io.micronaut.security.")
                    || type.startsWith("io.micronaut.views.") || type.startsWith("io.micronaut.management.")
                    || type.startsWith("io.micronaut.http.server.") || type.contains(".web."));
            assertThat(context.findBeanDefinition(AlarmIntakeService.class)).isPresent();

            assertThat(new AlarmIntakeHandler(context)).isNotNull();
        }
    }

    @Test
    void theApi_hasItsControllersAndSecurity_butNoFlyway() {
        try (ApplicationContext context = LambdaPlatform.start(environment(), FunctionBeans.API, NO_SECRET)) {
            assertThat(context.getBeanDefinitions(Qualifiers.byStereotype(Controller.class))).hasSizeGreaterThan(20);
            assertThat(beanTypes(context)).anyMatch(type -> type.startsWith("io.micronaut.security."))
                    .noneMatch(type -> type.startsWith("io.micronaut.flyway.") || type.startsWith("org.flywaydb."));
        }
    }

    @Test
    void onlyBeanDefinitionsAreHidden_neverTheClassesThemselves() {
        assertThat(FunctionBeans.EVENTS.hides("jp.resas.ops.platform.web.$HealthController$Definition")).isTrue();
        assertThat(FunctionBeans.EVENTS.hides("jp.resas.ops.platform.web.HealthController")).isFalse();
        assertThat(FunctionBeans.EVENTS.hides("jp.resas.ops.alarm.infrastructure.$AlarmIntakeService$Definition"))
                .isFalse();
        assertThat(FunctionBeans.API.hides("jp.resas.ops.platform.web.$HealthController$Definition")).isFalse();
        assertThat(FunctionBeans.API.hides("io.micronaut.flyway.$DataSourceMigrationRunner$Definition")).isTrue();
    }
}
