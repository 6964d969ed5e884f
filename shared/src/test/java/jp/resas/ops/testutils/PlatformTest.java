package jp.resas.ops.testutils;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestInstance;

/**
 * A test of the whole application on a real PostgreSQL: the embedded server, a fresh database for the
 * class, the platform's settings and local tokens ({@link TestPlatform}), one context per class, no
 * test transaction (the code under test commits as it does in production). A class that needs more
 * settings still implements {@code TestPropertyProvider}; its properties are added to these.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@MicronautTest(transactional = false, contextBuilder = PlatformContextBuilder.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public @interface PlatformTest {
}
