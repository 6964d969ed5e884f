package jp.resas.ops.dataset.processing;

/** Where observations go: the staging loader, a counter, a test list. */
@FunctionalInterface
public interface ObservationSink {

    void accept(Observation observation);

    ObservationSink DISCARD = observation -> { };
}
