package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code resas.pipeline.*}: where raw objects go ({@code raw-bucket} in AWS, else {@code raw-dir} on one
 * machine), the chunk size for large CSV files, the e-Stat endpoint and appId (the appId comes from
 * Secrets Manager in AWS; it is never logged), and the data-update state machine the ops API starts and
 * answers in AWS ({@code state-machine-arn}, from {@code RESAS_PIPELINE_STATE_MACHINE_ARN}).
 */
@ConfigurationProperties("resas.pipeline")
public record PipelineSettings(@Nullable String rawBucket, @Nullable String rawDir, @Nullable Long chunkBytes,
        @Nullable String estatBaseUrl, @Nullable String estatAppId, @Nullable Integer estatTimeoutSeconds,
        @Nullable String stateMachineArn) {

    public long chunkSize() {
        return chunkBytes == null ? 64L << 20 : chunkBytes;
    }

    @Override
    public String toString() {
        return "PipelineSettings[rawBucket=" + rawBucket + ", rawDir=" + rawDir + ", chunkBytes=" + chunkBytes
                + ", estatBaseUrl=" + estatBaseUrl + ", estatAppId=***, stateMachineArn=" + stateMachineArn + "]";
    }
}
