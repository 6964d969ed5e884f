package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.async.publisher.PublishersOptimizations;
import io.micronaut.core.convert.TypeConverterRegistrar;
import io.micronaut.core.io.service.SoftServiceLoader;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lists alarm-intake's JVM gives Micronaut: Micronaut's own, without Reactor's entries. Only built here, never
 * given ({@code StaticOptimizations} holds for the whole JVM, and this one runs the other tests too);
 * {@code AlarmIntakeColdStartTest} starts the function in a JVM of its own with them and finds no Reactor class loaded.
 */
class ReactorLeftOutTest {

    private static final ClassLoader LOADER = ReactorLeftOutTest.class.getClassLoader();

    @Test
    void theRegistrars_areTheClassPathsServices_withoutReactors() {
        List<String> names = ReactorLeftOut.registrars(LOADER).findAll(name -> true)
                .map(SoftServiceLoader.StaticDefinition::getName).toList();

        assertThat(ReactorLeftOut.named(LOADER)).contains("io.micronaut.reactor.convert.ReactorConverterRegistrar",
                "io.micronaut.runtime.converters.time.TimeConverterRegistrar");
        assertThat(names).doesNotContain("io.micronaut.reactor.convert.ReactorConverterRegistrar")
                .contains("io.micronaut.runtime.converters.time.TimeConverterRegistrar",
                        "io.micronaut.inject.annotation.AnnotationConvertersRegistrar")
                .hasSize(ReactorLeftOut.named(LOADER).size() - 1);
        TypeConverterRegistrar time = ReactorLeftOut.registrars(LOADER)
                .findAll(name -> name.endsWith("TimeConverterRegistrar")).findFirst().orElseThrow().load();
        assertThat(time.getClass().getSimpleName()).isEqualTo("TimeConverterRegistrar");
    }

    @Test
    void thePublisherTypes_areMicronautsOwn_withoutFluxAndMono() throws Exception {
        PublishersOptimizations lists = ReactorLeftOut.publishers(LOADER);

        List<Class<?>> reactive = list(lists, "getReactiveTypes");
        List<Class<?>> single = list(lists, "getSingleTypes");
        List<Class<?>> completable = list(lists, "getCompletableTypes");
        assertThat(reactive).extracting(Class::getName).noneMatch(name -> name.startsWith("reactor."))
                .contains("io.micronaut.core.async.publisher.CompletableFuturePublisher",
                        "io.micronaut.core.async.subscriber.Completable");
        assertThat(single).extracting(Class::getName).containsExactly(
                "io.micronaut.core.async.publisher.CompletableFuturePublisher",
                "io.micronaut.core.async.publisher.Publishers$JustPublisher",
                "io.micronaut.core.async.publisher.Publishers$JustThrowPublisher");
        assertThat(completable).extracting(Class::getName).containsExactly("io.micronaut.core.async.subscriber.Completable");
        assertThat(reactive).containsAll(single).containsAll(completable);
    }

    @SuppressWarnings("unchecked")
    private static List<Class<?>> list(PublishersOptimizations lists, String getter) throws Exception {
        Method method = PublishersOptimizations.class.getDeclaredMethod(getter);
        method.setAccessible(true);
        return (List<Class<?>>) method.invoke(lists);
    }
}
