package jp.resas.ops.infra.lambda;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * What differs between RESAS Ops functions. Everything else is fixed by {@link ResasFunction}.
 *
 * @param serviceName    Powertools service name, also the function's description prefix
 * @param handler        {@code fully.qualified.Class::method}
 * @param code           the deployment artifact, normally {@link FunctionsJar#code(jp.resas.ops.catalogue.AssetSpec)}
 * @param timeout        sized per function: API calls must answer within API Gateway's 30 s
 * @param memoryMb       1024 by default: Java start-up and JDBC want the CPU share that comes with it
 * @param environment    variables besides the Powertools ones the construct sets
 * @param vpc            the VPC whose private (egress) subnets the function runs in
 * @param securityGroups attached to the function's network interfaces
 * @param logRetention   one year by default: the monthly and incident reports look back that far
 * @param reservedConcurrency instances the function may run at once (1 by default): with {@code poolSize} it
 *                       bounds the database connections the function can hold, since there is no proxy
 * @param poolSize       JDBC connections per instance ({@code RESAS_DB_POOL_SIZE}); 2 by default
 */
public record ResasFunctionProps(String serviceName, String handler, Code code, Duration timeout, int memoryMb,
        Map<String, String> environment, IVpc vpc, List<ISecurityGroup> securityGroups, RetentionDays logRetention,
        int reservedConcurrency, int poolSize) {

    public ResasFunctionProps {
        Objects.requireNonNull(serviceName, "serviceName is required");
        Objects.requireNonNull(handler, "handler is required");
        if (!handler.contains("::")) {
            throw new IllegalArgumentException("handler must be Class::method, was " + handler);
        }
        Objects.requireNonNull(code, "code is required");
        Objects.requireNonNull(timeout, "timeout is required");
        Objects.requireNonNull(vpc, "vpc is required");
        Objects.requireNonNull(logRetention, "logRetention is required");
        if (memoryMb < 128) {
            throw new IllegalArgumentException("memoryMb must be at least 128, was " + memoryMb);
        }
        if (reservedConcurrency < 1) {
            throw new IllegalArgumentException("reservedConcurrency must be at least 1, was " + reservedConcurrency);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
        }
        environment = Map.copyOf(environment);
        securityGroups = List.copyOf(securityGroups);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder whose defaults are written where they are declared. */
    public static final class Builder {
        private String serviceName;
        private String handler;
        private Code code;
        private Duration timeout;
        private int memoryMb = 1024;
        private Map<String, String> environment = Map.of();
        private IVpc vpc;
        private List<ISecurityGroup> securityGroups = List.of();
        private RetentionDays logRetention = RetentionDays.ONE_YEAR;
        private int reservedConcurrency = 1;
        private int poolSize = 2;

        public Builder serviceName(String value) {
            this.serviceName = value;
            return this;
        }

        public Builder handler(String value) {
            this.handler = value;
            return this;
        }

        public Builder code(Code value) {
            this.code = value;
            return this;
        }

        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        public Builder memoryMb(int value) {
            this.memoryMb = value;
            return this;
        }

        public Builder environment(Map<String, String> value) {
            this.environment = value;
            return this;
        }

        public Builder vpc(IVpc value) {
            this.vpc = value;
            return this;
        }

        public Builder securityGroups(List<ISecurityGroup> value) {
            this.securityGroups = value;
            return this;
        }

        public Builder logRetention(RetentionDays value) {
            this.logRetention = value;
            return this;
        }

        public Builder reservedConcurrency(int value) {
            this.reservedConcurrency = value;
            return this;
        }

        public Builder poolSize(int value) {
            this.poolSize = value;
            return this;
        }

        public ResasFunctionProps build() {
            return new ResasFunctionProps(serviceName, handler, code, timeout, memoryMb, environment, vpc,
                    securityGroups, logRetention, reservedConcurrency, poolSize);
        }
    }
}
