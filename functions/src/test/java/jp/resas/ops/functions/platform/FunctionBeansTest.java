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
                    .noneMatch(type -> type.startsWith("io.micronaut.flyway.") || type.startsWith("org.flywaydb.")
                            || type.startsWith("io.micronaut.management.health.")
                            || type.equals("io.micronaut.data.jdbc.config.SchemaGenerator"));
        }
    }

    @Test
    void theApi_servesEveryRouteFilterAndRuleOfTheWholeApplication_withoutTheManagementEndpoints() {
        Map<String, String> env = environment();
        // The whole application: every bean definition on the class path, application.yml read from the file.
        try (ApplicationContext api = LambdaPlatform.start(env, FunctionBeans.API, NO_SECRET);
                ApplicationContext whole = ApplicationContext.builder().deduceEnvironment(false)
                        .properties(LambdaPlatform.properties(env, NO_SECRET)).start()) {
            assertThat(routes(api)).hasSizeGreaterThan(200).isEqualTo(routes(whole));
            for (Class<?> kind : List.of(io.micronaut.security.rules.SecurityRule.class,
                    io.micronaut.http.filter.HttpServerFilter.class, io.micronaut.http.server.exceptions.ExceptionHandler.class,
                    io.micronaut.security.filters.AuthenticationFetcher.class, io.micronaut.web.router.RouteBuilder.class)) {
                assertThat(types(api, kind)).as(kind.getSimpleName()).isNotEmpty()
                        .isEqualTo(types(whole, kind).stream().filter(type -> !type.startsWith("io.micronaut.management."))
                                .collect(java.util.stream.Collectors.toSet()));
            }
            assertThat(types(api, io.micronaut.http.annotation.ServerFilter.class)).isEqualTo(
                    types(whole, io.micronaut.http.annotation.ServerFilter.class));
            assertThat(beanTypes(api)).noneMatch(type -> type.startsWith("io.micronaut.management.endpoint.")
                    && type.lastIndexOf('.') > "io.micronaut.management.endpoint.".length());
        }
    }

    private static java.util.Set<String> routes(ApplicationContext context) {
        return context.getBean(io.micronaut.web.router.Router.class).uriRoutes()
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString() + " "
                        + route.getDeclaringType().getName())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static java.util.Set<String> types(ApplicationContext context, Class<?> kind) {
        java.util.Collection<? extends BeanDefinition<?>> definitions = kind.isAnnotation()
                ? context.getBeanDefinitions(Qualifiers.byStereotype(kind.asSubclass(java.lang.annotation.Annotation.class)))
                : context.getBeanDefinitions(kind);
        return definitions.stream().map(BeanDefinition::getBeanType).map(Class::getName)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void alarmIntake_startsWithItsCapabilitiesOnly_andItsHandlerTakesAnAlarm() throws Exception {
        try (ApplicationContext context = LambdaPlatform.start(environment(), FunctionBeans.ALARM_INTAKE, NO_SECRET)) {
            assertThat(beanTypes(context)).noneMatch(type -> type.startsWith("jp.resas.ops.pipeline.")
                    || type.startsWith("jp.resas.ops.ledger.") || type.startsWith("jp.resas.ops.report.")
                    || type.startsWith("io.micronaut.scheduling.") || type.startsWith("io.micronaut.validation.")
                    || type.startsWith("io.micronaut.http.") || type.startsWith("io.micronaut.reactor.")
                    || type.equals("io.micronaut.data.jdbc.config.SchemaGenerator"));
            AlarmIntakeHandler handler = new AlarmIntakeHandler(context);
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            handler.handleRequest(new java.io.ByteArrayInputStream(ALARM.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    answer, new InProcessContext("alarm-intake"));
            assertThat(answer.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"outcome\":\"OPENED\"");
        }
    }

    /** An EventBridge alarm state change, the shape of the CloudWatch User Guide's example. */
    private static final String ALARM = """
            {"version":"0","id":"lean-1","detail-type":"CloudWatch Alarm State Change","source":"aws.cloudwatch",
             "account":"123456789012","time":"2026-01-01T00:00:00Z","region":"ap-northeast-1",
             "resources":["arn:aws:cloudwatch:ap-northeast-1:123456789012:alarm:lean-context"],
             "detail":{"alarmName":"lean-context","configuration":{"metrics":[]},
               "previousState":{"reason":"before","timestamp":"2026-01-01T00:00:00.000+0000","value":"OK"},
               "state":{"reason":"Threshold Crossed","timestamp":"2026-01-01T00:00:01.000+0000","value":"ALARM"}}}
            """;

    @Test
    void alarmIntake_hidesTheDefinitionsOfOtherCapabilities_neverItsOwnNorTheirClasses() {
        assertThat(FunctionBeans.ALARM_INTAKE.hides("jp.resas.ops.pipeline.infrastructure.$RoundService$Definition"))
                .isTrue();
        assertThat(FunctionBeans.ALARM_INTAKE.hides("jp.resas.ops.pipeline.infrastructure.RoundService")).isFalse();
        assertThat(FunctionBeans.ALARM_INTAKE.hides(
                "jp.resas.ops.alarm.infrastructure.$AlarmIntakeService$Definition")).isFalse();
        assertThat(FunctionBeans.ALARM_INTAKE.hides("jp.resas.ops.platform.web.$HealthController$Definition")).isTrue();
        assertThat(FunctionBeans.EVENTS.hides("jp.resas.ops.pipeline.infrastructure.$RoundService$Definition"))
                .isFalse();
    }

    @Test
    void onlyBeanDefinitionsAreHidden_neverTheClassesThemselves() {
        assertThat(FunctionBeans.EVENTS.hides("jp.resas.ops.platform.web.$HealthController$Definition")).isTrue();
        assertThat(FunctionBeans.EVENTS.hides("jp.resas.ops.platform.web.HealthController")).isFalse();
        assertThat(FunctionBeans.EVENTS.hides("jp.resas.ops.alarm.infrastructure.$AlarmIntakeService$Definition"))
                .isFalse();
        assertThat(FunctionBeans.API.hides("jp.resas.ops.platform.web.$HealthController$Definition")).isFalse();
        assertThat(FunctionBeans.API.hides("io.micronaut.flyway.$DataSourceMigrationRunner$Definition")).isTrue();
        assertThat(FunctionBeans.API.hides("io.micronaut.management.endpoint.threads.$ThreadDumpEndpoint$Definition"))
                .isTrue();
        // Security's SensitiveEndpointRule needs it, in every context that has security.
        assertThat(FunctionBeans.API.hides("io.micronaut.management.endpoint.$EndpointSensitivityProcessor$Definition"))
                .isFalse();
    }
}
