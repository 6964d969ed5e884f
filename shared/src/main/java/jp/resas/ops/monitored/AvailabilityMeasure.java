package jp.resas.ops.monitored;

import java.util.Optional;

/**
 * A service's availability target (e.g. 99.5 %) and the rule that judges each five-minute period.
 *
 * @param targetPercent   the agreed availability, 0–100
 * @param rule            how a period is judged
 * @param resource        the resource the rule reads (an API id, a distribution id, a load balancer)
 * @param maxErrorPercent a period is breached above this share of 5xx answers
 * @param healthCheck     a Route 53 health check whose failure also breaches a period
 */
public record AvailabilityMeasure(double targetPercent, Rule rule, String resource, double maxErrorPercent,
        Optional<String> healthCheck) {

    /** What decides that a five-minute period was unavailable. */
    public enum Rule {
        /** {@code AWS/ApiGateway 5xx / Count} of an HTTP API above the share. */
        API_5XX_SHARE,
        /** {@code AWS/CloudFront 5xxErrorRate} (already a percentage) above the share. */
        CLOUDFRONT_5XX_RATE,
        /** ({@code HTTPCode_Target_5XX_Count + HTTPCode_ELB_5XX_Count}) / {@code RequestCount} above the share. */
        LOAD_BALANCER_5XX_SHARE,
        /** Only the Route 53 health check: a period with a failed check is breached. */
        HEALTH_CHECK
    }
}
