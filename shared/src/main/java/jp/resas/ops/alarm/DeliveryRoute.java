package jp.resas.ops.alarm;

/** How AWS delivered an alarm notice; the same change may arrive by more than one route. */
public enum DeliveryRoute {
    EVENTBRIDGE,
    SNS,
    LAMBDA_ACTION
}
