package jp.resas.ops.slawatch;

/** Where raised alerts go besides the timeline (SNS in AWS). Throws when it could not deliver. */
@FunctionalInterface
public interface AlertPublisher {

    void publish(SlaAlert alert);
}
