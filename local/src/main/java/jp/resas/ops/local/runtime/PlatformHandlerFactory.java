package jp.resas.ops.local.runtime;

import io.micronaut.context.ApplicationContext;
import java.lang.reflect.Constructor;
import java.util.function.Supplier;
import jp.resas.ops.local.sfn.lambda.HandlerFactory;

/**
 * Creates the project's handlers with the local platform's context (their constructor taking an
 * {@link ApplicationContext}), instead of the no-argument constructor that reads a Lambda environment.
 * The platform (database included) starts only when the first such handler is created.
 */
public final class PlatformHandlerFactory implements HandlerFactory, AutoCloseable {

    private final Supplier<LocalPlatform> starter;
    private LocalPlatform platform;

    public PlatformHandlerFactory(Supplier<LocalPlatform> starter) {
        this.starter = starter;
    }

    @Override
    public synchronized Object create(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> withContext;
        try {
            withContext = type.getConstructor(ApplicationContext.class);
        } catch (NoSuchMethodException e) {
            return NO_ARG.create(type);
        }
        if (platform == null) {
            platform = starter.get();
        }
        return withContext.newInstance(platform.context());
    }

    @Override
    public synchronized void close() {
        if (platform != null) {
            platform.close();
        }
    }
}
