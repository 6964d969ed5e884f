package jp.resas.ops.local.sfn.lambda;

/**
 * Creates the handler object of a function once, as Lambda does for a warm container. By default its
 * no-argument constructor; a runtime can instead hand handlers the collaborators they need.
 */
@FunctionalInterface
public interface HandlerFactory {

    HandlerFactory NO_ARG = type -> type.getDeclaredConstructor().newInstance();

    Object create(Class<?> type) throws ReflectiveOperationException;
}
