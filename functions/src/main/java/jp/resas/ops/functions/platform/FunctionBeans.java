package jp.resas.ops.functions.platform;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which of the platform's beans a function starts with. The shared module holds every capability's beans;
 * Micronaut would load every bean definition on the class path at start (852 of them) and process the web
 * ones (routes, security, views) in every function. A function's context is given a class loader that
 * hides the bean definitions it never uses, so they are never loaded, conditioned or processed:
 * <ul>
 * <li>{@link #EVENTS} (every function but the API): no controllers or portal pages, no HTTP server, routing,
 *     security or views, no API Gateway proxy, no management endpoints;</li>
 * <li>{@link #ALARM_INTAKE}: the events context narrowed to the capabilities the intake's path uses (alarm,
 *     incident, monitored, maintenance, audit, notification, calendar and the platform): a definition's static
 *     initialiser loads its bean's class and the types it names, so every capability left out is ~100 classes
 *     fewer at a cold start;</li>
 * <li>{@link #API}: the controllers and everything they need;</li>
 * <li>all: no Flyway (the schema belongs to {@code db-migrate}), no management endpoints, health indicators or
 *     monitor (the API's {@code /health} is the platform's own {@code HealthController}), no schema generator (a
 *     {@code @Context} bean of Micronaut Data, built at every start; the schema is Flyway's), and none of
 *     Micronaut Data's repository interceptors (the platform has no generated repositories: it queries
 *     through {@code Sql}).</li>
 * </ul>
 */
public enum FunctionBeans {

    /** Functions invoked by events: schedules, alarms, the state machine's steps. */
    EVENTS(List.of(".web.", "jp.resas.ops.portal.", "io.micronaut.http.server.", "io.micronaut.security.",
            "io.micronaut.views.", "io.micronaut.function.aws.proxy.", "io.micronaut.runtime.http.",
            "io.micronaut.http.client.", "io.micronaut.websocket.", "io.micronaut.management."), Set.of()),
    /** {@code alarm-intake}: the events context with the intake's capabilities only. */
    ALARM_INTAKE(Stream.concat(EVENTS.hidden.stream(), Stream.of("io.micronaut.scheduling.", "io.micronaut.validation.",
            "io.micronaut.http.", "io.micronaut.data.runtime.multitenancy.", "io.micronaut.reactor.")).toList(),
            Set.of("alarm", "incident", "monitored", "maintenance", "audit", "notification",
            "calendar", "common", "platform", "functions", "ticket", "calendaradmin", "slaadmin", "sla")),
    /** The ops API behind API Gateway. */
    API(List.of(), Set.of());

    /** Hidden from every function. */
    private static final List<String> NEVER = List.of("io.micronaut.flyway.", "io.micronaut.data.runtime.intercept.",
            "io.micronaut.management.health.", "io.micronaut.data.jdbc.config.$SchemaGenerator$",
            // Kotlin coroutines' connection and transaction operations: their definitions load the reactive ones.
            "io.micronaut.data.connection.kotlin.", "io.micronaut.transaction.kotlin.");

    /**
     * Micronaut's management endpoints (all disabled: {@code endpoints.all.enabled} is false) and their route builders
     * live in sub-packages of this one; the package itself holds what security's {@code SensitiveEndpointRule} needs.
     */
    private static final String MANAGEMENT_ENDPOINTS = "io.micronaut.management.endpoint.";

    /**
     * Micronaut's YAML loader: without it {@code application.yml} is not read, and SnakeYAML (~150 classes) not
     * loaded. {@code LambdaPlatform} gives every function the file's settings instead ({@code COMMON}, and the web's
     * to the API).
     */
    private static final String YAML = "io.micronaut.context.env.yaml.";

    /** The application's own packages: {@code jp.resas.ops.<capability>.}. */
    private static final String APPLICATION = "jp.resas.ops.";

    private final List<String> hidden;
    /** The application's capabilities whose beans the function keeps; empty: all of them. */
    private final Set<String> capabilities;

    FunctionBeans(List<String> hidden, Set<String> capabilities) {
        this.hidden = hidden;
        this.capabilities = capabilities;
    }

    /**
     * The kind of context the function of {@code handler} starts with: the API Gateway proxy's handler (the ops
     * API) needs the web part, every other handler is an event function.
     */
    public static FunctionBeans of(Class<?> handler) {
        if (handler.getName().equals(ALARM_INTAKE_HANDLER)) {
            return ALARM_INTAKE;
        }
        // By name: the event functions' assets leave the API Gateway proxy out.
        for (Class<?> type = handler; type != null; type = type.getSuperclass()) {
            if (type.getName().equals(API_PROXY)) {
                return API;
            }
        }
        return EVENTS;
    }

    private static final String ALARM_INTAKE_HANDLER = "jp.resas.ops.functions.alarm.AlarmIntakeHandler";
    private static final String API_PROXY = "io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction";

    /** Whether the bean definition class {@code name} ({@code ...$Definition}) is kept from this function. */
    public boolean hides(String name) {
        if (!name.endsWith("$Definition")) {
            return false;
        }
        return NEVER.stream().anyMatch(name::contains) || hidden.stream().anyMatch(name::contains)
                || name.startsWith(MANAGEMENT_ENDPOINTS) && name.indexOf('.', MANAGEMENT_ENDPOINTS.length()) >= 0
                || !capabilities.isEmpty() && name.startsWith(APPLICATION) && !capabilities.contains(capability(name));
    }

    private static String capability(String name) {
        int end = name.indexOf('.', APPLICATION.length());
        return end < 0 ? "" : name.substring(APPLICATION.length(), end);
    }

    /**
     * For the JVM of this function only (Lambda's, started by the handler's no-argument constructor): the intake
     * returns no publisher, so its JVM never initialises Reactor ({@link ReactorLeftOut}); the other functions keep it
     * (the API's HTTP layer is reactive).
     */
    void prepareJvm(ClassLoader loader) {
        if (this == ALARM_INTAKE) {
            ReactorLeftOut.apply(loader);
        }
    }

    /** The class loader a function's context is built with: {@code parent}, without the hidden definitions. */
    ClassLoader classLoader(ClassLoader parent) {
        return new ClassLoader(parent) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (hides(name) || name.startsWith(YAML)) {
                    throw new ClassNotFoundException(name + " is not part of this function (" + FunctionBeans.this + ")");
                }
                return parent.loadClass(name);
            }
        };
    }
}
