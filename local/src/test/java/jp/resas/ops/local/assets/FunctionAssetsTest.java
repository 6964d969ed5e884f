package jp.resas.ops.local.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.resas.ops.catalogue.AssetSpec;
import jp.resas.ops.catalogue.Catalogue;
import jp.resas.ops.catalogue.FunctionSpec;
import jp.resas.ops.catalogue.PartSpec;
import jp.resas.ops.testutils.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deployment assets the functions module cuts from its shaded jar (functions/target/assets, system property
 * {@value #ASSETS_PROPERTY}) are what each function needs: every deployed function of the catalogue has its asset,
 * the asset holds none of the parts it leaves out and is smaller than the shaded jar, and the function's
 * handler is built from that jar alone (a class loader over the asset, nothing of this test's class path) on its
 * lean context against a migrated database: a bean whose classes the asset left out fails here, naming the function.
 */
class FunctionAssetsTest {

    static final String ASSETS_PROPERTY = "resas.functions.assets";

    private static final Catalogue CATALOGUE = Catalogue.load();
    /** HTTP stacks no function uses (the SDK clients are built on its URL-connection client). */
    private static final java.util.List<String> NEVER_SHIPPED = java.util.List.of("io/netty/", "org/apache/http/",
            "org/apache/hc/", "software/amazon/awssdk/http/apache/", "software/amazon/awssdk/http/nio/netty/");
    private static final Map<String, URLClassLoader> LOADERS = new HashMap<>();
    private static String database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.newDatabase();
        Flyway.configure().dataSource(database, "postgres", "postgres").locations("classpath:db/migration").load()
                .migrate();
        // Lambda always sets AWS_REGION; the SDK reads this property the same way (the migration's secrets client).
        System.setProperty("aws.region", "ap-northeast-1");
    }

    @AfterAll
    static void close() throws IOException {
        for (URLClassLoader loader : LOADERS.values()) {
            loader.close();
        }
    }

    static Stream<FunctionSpec> deployed() {
        return CATALOGUE.functions().stream().filter(FunctionSpec::deployed);
    }

    static Path assets() {
        String dir = System.getProperty(ASSETS_PROPERTY);
        assertThat(dir).as("system property " + ASSETS_PROPERTY + " (set by local/pom.xml)").isNotBlank();
        return Path.of(dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployed")
    void everyDeployedFunction_isBuiltFromItsOwnAsset(FunctionSpec function) throws Exception {
        AssetSpec asset = CATALOGUE.assetOf(function);
        Path jar = assets().resolve(asset.fileName());
        assertThat(jar).as("asset of %s (build it: mvn -pl functions -am package -DskipTests)", function.name())
                .isRegularFile();
        Path shaded = assets().resolveSibling("resas-ops-functions.jar");
        assertThat(Files.size(jar)).as("size of %s, the asset of %s, against the shaded jar", jar, function.name())
                .isLessThan(Files.size(shaded));
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (PartSpec part : CATALOGUE.leftOut(asset)) {
                assertThat(zip.stream().map(java.util.zip.ZipEntry::getName).filter(part::holds).findFirst())
                        .as("asset %s leaves out part %s", asset.name(), part.name()).isEmpty();
            }
            // The SDK runs on its URL-connection client: no Netty, no Apache HTTP client in any asset.
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName).filter(name -> NEVER_SHIPPED.stream()
                    .anyMatch(name::startsWith)).findFirst()).as("asset %s", asset.name()).isEmpty();
        }
        URLClassLoader loader = LOADERS.computeIfAbsent(asset.name(), name -> loader(jar));
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            build(function, asset, loader);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static URLClassLoader loader(Path jar) {
        try {
            // The platform class loader as parent: the JDK only, none of this test's class path.
            return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void build(FunctionSpec function, AssetSpec asset, ClassLoader loader) throws Exception {
        String where = "function '" + function.name() + "' (handler " + function.handler() + ") from asset '"
                + asset.name() + "'";
        Class<?> handler = load(loader, function.handler(), where);
        Class<?> contextType = load(loader, "io.micronaut.context.ApplicationContext", where);
        Optional<Constructor<?>> onContext = Stream.of(handler.getConstructors())
                .filter(c -> c.getParameterCount() == 1 && c.getParameterTypes()[0] == contextType).findFirst();
        if (onContext.isEmpty()) {
            assertThat(newInstance(handler.getConstructor(), where)).isInstanceOf(handler);
            return;
        }
        Class<?> beans = load(loader, "jp.resas.ops.functions.platform.FunctionBeans", where);
        Class<?> secrets = load(loader, "jp.resas.ops.functions.platform.DatabaseSecrets", where);
        Object kind = beans.getMethod("of", Class.class).invoke(null, handler);
        Method start = load(loader, "jp.resas.ops.functions.platform.LambdaPlatform", where)
                .getMethod("start", Map.class, beans, secrets);
        Map<String, String> env = new HashMap<>(Map.of("RESAS_DB_URL", database, "RESAS_DB_USER", "postgres",
                "RESAS_DB_PASSWORD", "postgres", "AWS_REGION", "ap-northeast-1"));
        env.putAll(ownVariables(function));
        if (kind.toString().equals("API")) {
            // As ops-api on one machine; in AWS it is given Cognito's JWKS URL (the event functions check no token).
            env.put("RESAS_JWT_SECRET", "function-assets-test-secret-of-32-bytes-at-least");
        }
        // The database is given by URL: the secrets reader is never asked.
        Object context = invoke(() -> start.invoke(null, env, kind, null), where + " starting its context " + kind);
        try {
            assertThat(newInstance(onContext.get(), where, context)).isInstanceOf(handler);
        } finally {
            ((AutoCloseable) context).close();
        }
    }

    private static Class<?> load(ClassLoader loader, String name, String where) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(where + ": " + name + " is not in the asset", e);
        }
    }

    private interface Call {
        Object call() throws ReflectiveOperationException;
    }

    private static Object invoke(Call call, String where) {
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            Throwable root = e.getCause();
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new AssertionError(where + " failed: " + e.getCause()
                    + (root == e.getCause() ? "" : "; root cause: " + root), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(where + ": " + e, e);
        }
    }

    private static Object newInstance(Constructor<?> constructor, String where, Object... arguments) {
        return invoke(() -> constructor.newInstance(arguments), where + " building its handler");
    }

    /** The function's own catalogue variables, as its stack sets them (values of the right shape). */
    private static Map<String, String> ownVariables(FunctionSpec function) {
        Map<String, String> env = new HashMap<>();
        for (String variable : function.environment()) {
            if (variable.startsWith("RESAS_DB_") || variable.startsWith("RESAS_JWT_")) {
                continue; // the database is given by URL; tokens as below
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
}
