package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.micronaut.context.ApplicationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.resas.ops.catalogue.Catalogue;
import jp.resas.ops.catalogue.FunctionSpec;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every handler of the catalogue ({@code catalogue/functions.json}) is built on the lean context its function
 * starts with in Lambda ({@link FunctionBeans#of}): a bean a handler needs that lives under a package hidden from
 * its kind of function (or that cannot be built without the web part) fails here, naming the function and its
 * handler, not in AWS at the function's first cold start. Handlers without a context (the migration) are built
 * with their no-argument constructor, as Lambda builds them.
 */
class CatalogueHandlersTest {

    private static final DatabaseSecrets NO_SECRET = (arn, host, db) -> {
        throw new AssertionError("the database is given by URL");
    };

    private static String database;

    @BeforeAll
    static void migrate() {
        database = MigratedDatabase.newDatabase();
        // Lambda always sets AWS_REGION; the SDK reads this property the same way (the migration's secrets client).
        System.setProperty("aws.region", "ap-northeast-1");
    }

    static Stream<FunctionSpec> functions() {
        return Catalogue.load().functions().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void everyCatalogueHandler_isBuiltOnItsOwnLeanContext(FunctionSpec function) throws Exception {
        Class<?> handler = handlerClass(function);
        Optional<Constructor<?>> onContext = contextConstructor(handler);
        if (onContext.isEmpty()) {
            assertThat(build(function, "no context", handler.getConstructor(), List.of())).isInstanceOf(handler);
            return;
        }
        FunctionBeans beans = FunctionBeans.of(handler);
        try (ApplicationContext context = LambdaPlatform.start(environment(function), beans, NO_SECRET)) {
            assertThat(build(function, beans.name(), onContext.get(), List.of(context))).isInstanceOf(handler);
        }
    }

    @Test
    void theApiStartsOnTheApiContext_alarmIntakeOnItsOwn_everyOtherFunctionOnTheEventsContext() throws Exception {
        assertThat(FunctionBeans.of(Class.forName("jp.resas.ops.functions.api.OpsApiHandler")))
                .isEqualTo(FunctionBeans.API);
        assertThat(FunctionBeans.of(Class.forName("jp.resas.ops.functions.alarm.AlarmIntakeHandler")))
                .isEqualTo(FunctionBeans.ALARM_INTAKE);
        assertThat(FunctionBeans.of(Class.forName("jp.resas.ops.functions.sla.TicketSlaHandler")))
                .isEqualTo(FunctionBeans.EVENTS);
    }

    @Test
    void aHandlerWhoseBeanIsHidden_failsNamingTheFunctionAndItsHandler() throws Exception {
        FunctionSpec api = Catalogue.load().function("ops-api");
        Constructor<?> onContext = contextConstructor(handlerClass(api)).orElseThrow();
        // The API's handler on the events context: its controllers, HTTP server and security are hidden there.
        try (ApplicationContext context = LambdaPlatform.start(environment(), FunctionBeans.EVENTS, NO_SECRET)) {
            AssertionError refused = null;
            try {
                build(api, FunctionBeans.EVENTS.name(), onContext, List.of(context));
            } catch (AssertionError e) {
                refused = e;
            }
            assertThat(refused).as("the API's handler must not build on the events context").isNotNull();
            assertThat(refused.getMessage()).contains("ops-api", "jp.resas.ops.functions.api.OpsApiHandler", "EVENTS");
        }
    }

    private static Map<String, String> environment() {
        return Map.of("RESAS_DB_URL", database, "RESAS_DB_USER", "postgres", "RESAS_DB_PASSWORD", "postgres",
                "RESAS_JWT_SECRET", TestPlatform.SECRET, "AWS_REGION", "ap-northeast-1");
    }

    /** The common variables and the function's own, as its stack sets them (values of the right shape). */
    private static Map<String, String> environment(FunctionSpec function) {
        Map<String, String> env = new java.util.HashMap<>(environment());
        for (String variable : function.environment()) {
            if (variable.startsWith("RESAS_DB_") || variable.equals("RESAS_JWT_JWKS_URL")) {
                continue; // the database is given by URL, tokens by the local secret
            }
            env.put(variable, variable.endsWith("_ARN") ? "arn:aws:lambda:ap-northeast-1:123456789012:function:test"
                    : variable.endsWith("_URL") ? "https://ops.example.com/x"
                    : variable.endsWith("_DOMAIN") ? "https://resas-ops-1.auth.ap-northeast-1.amazoncognito.com"
                    : variable.endsWith("_REGIONS") ? "ap-northeast-1"
                    : variable.endsWith("_GROUPS") || variable.endsWith("_GROUP") ? "/aws/lambda/test"
                    : variable.endsWith("_MS") || variable.endsWith("_SECONDS") ? "10"
                    : "resas-test");
        }
        return env;
    }

    private static Class<?> handlerClass(FunctionSpec function) {
        try {
            return Class.forName(function.handler());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(Catalogue.FUNCTIONS + ": function '" + function.name() + "': handler "
                    + function.handler() + " is not a class of the functions module", e);
        }
    }

    private static Optional<Constructor<?>> contextConstructor(Class<?> handler) {
        try {
            return Optional.of(handler.getConstructor(ApplicationContext.class));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static Object build(FunctionSpec function, String kind, Constructor<?> constructor, List<Object> arguments) {
        try {
            return constructor.newInstance(arguments.toArray());
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return fail("function '" + function.name() + "' (handler " + function.handler() + ") cannot be built on its "
                    + "lean context (" + kind + "): " + e.getCause() + (cause == e.getCause() ? "" : "; root cause: "
                    + cause), e.getCause());
        } catch (ReflectiveOperationException e) {
            return fail("function '" + function.name() + "' (handler " + function.handler() + "): " + e, e);
        }
    }
}
