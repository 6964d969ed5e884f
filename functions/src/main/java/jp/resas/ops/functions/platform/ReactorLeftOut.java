package jp.resas.ops.functions.platform;

import io.micronaut.core.async.publisher.PublishersOptimizations;
import io.micronaut.core.convert.TypeConverterRegistrar;
import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.core.optim.StaticOptimizations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JVM whose Micronaut never initialises Reactor (issue 18: ~280 classes at alarm-intake's cold start, for a function
 * that returns no publisher). Reactor is on the class path (micronaut-reactor, for the API's HTTP layer), and two
 * lists Micronaut builds once per JVM initialise it: the type converter registrars ({@code META-INF/services},
 * micronaut-reactor's registers {@code Flux} and {@code Mono}) and the reactive types {@code Publishers} knows
 * (looked up by name, so initialised, at the first intercepted method). Both are given before the first context
 * starts, as Micronaut AOT gives them ({@code StaticOptimizations}): the same lists without Reactor's entries. Once
 * Micronaut has read them in a JVM nothing changes, and they hold for every context of that JVM: for the process the
 * Lambda runtime starts for one function only.
 */
final class ReactorLeftOut {

    private static final String SERVICES = "META-INF/services/" + TypeConverterRegistrar.class.getName();
    private static final String REACTOR_CONVERTERS = "io.micronaut.reactor.convert.ReactorConverterRegistrar";

    /** {@code Publishers}' own lists of type names (Micronaut 4.10), each type kept when on the class path. */
    private static final List<String> STREAMS = List.of("io.reactivex.Observable", "reactor.core.publisher.Flux",
            "kotlinx.coroutines.flow.Flow", "io.reactivex.rxjava3.core.Flowable", "io.reactivex.rxjava3.core.Observable");
    private static final List<String> SINGLES = List.of("io.micronaut.core.async.publisher.CompletableFuturePublisher",
            "io.micronaut.core.async.publisher.Publishers$JustPublisher",
            "io.micronaut.core.async.publisher.Publishers$JustThrowPublisher", "io.reactivex.Single",
            "reactor.core.publisher.Mono", "io.reactivex.Maybe", "io.reactivex.rxjava3.core.Single",
            "io.reactivex.rxjava3.core.Maybe");
    private static final List<String> COMPLETABLES = List.of("io.reactivex.Completable",
            "io.reactivex.rxjava3.core.Completable", "io.micronaut.core.async.subscriber.Completable");

    private ReactorLeftOut() {
    }

    /** False when too late: Micronaut has read a list already in this JVM (nothing changed then). */
    static boolean apply(ClassLoader loader) {
        try {
            StaticOptimizations.set(new SoftServiceLoader.Optimizations(
                    Map.of(TypeConverterRegistrar.class.getName(), registrars(loader))));
            StaticOptimizations.set(publishers(loader));
            return true;
        } catch (IllegalStateException alreadyRead) {
            return false;
        }
    }

    /** The registrars of the class path's service files, as Micronaut loads them, without Reactor's. */
    static SoftServiceLoader.StaticServiceLoader<TypeConverterRegistrar> registrars(ClassLoader loader) {
        List<String> kept = new ArrayList<>(named(loader));
        kept.remove(REACTOR_CONVERTERS);
        // As Micronaut's own loading: a registrar whose class the asset leaves out (the HTTP server's) is skipped.
        kept.removeIf(name -> !present(name, loader));
        return condition -> kept.stream().filter(condition)
                .map(name -> SoftServiceLoader.StaticDefinition.of(name, () -> create(name, loader)));
    }

    /** {@code Publishers}' lists as it builds them (a single or completable type is also reactive), without Reactor. */
    static PublishersOptimizations publishers(ClassLoader loader) {
        List<Class<?>> reactive = new ArrayList<>();
        List<Class<?>> single = new ArrayList<>();
        List<Class<?>> completable = new ArrayList<>();
        reactive.addAll(classes(STREAMS, loader));
        single.addAll(classes(SINGLES, loader));
        reactive.addAll(single);
        completable.addAll(classes(COMPLETABLES, loader));
        reactive.addAll(completable);
        return new PublishersOptimizations(reactive, single, completable);
    }

    private static List<Class<?>> classes(List<String> names, ClassLoader loader) {
        List<Class<?>> found = new ArrayList<>();
        for (String name : names) {
            if (!name.startsWith("reactor.") && present(name, loader)) {
                try {
                    // Not initialised: only the type is needed (Publishers' own lookup initialises it).
                    found.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    // as Publishers does: a type that cannot be loaded is not a reactive type here
                }
            }
        }
        return found;
    }

    private static boolean present(String name, ClassLoader loader) {
        return loader.getResource(name.replace('.', '/') + ".class") != null;
    }

    /** The registrars the class path's service files name, in their order. */
    static Set<String> named(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = loader.getResources(SERVICES);
            while (files.hasMoreElements()) {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(files.nextElement().openStream(),
                        StandardCharsets.UTF_8))) {
                    lines.lines().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SERVICES, e);
        }
        return names;
    }

    private static TypeConverterRegistrar create(String name, ClassLoader loader) {
        try {
            return (TypeConverterRegistrar) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("type converter registrar " + name + " cannot be created", e);
        }
    }
}
