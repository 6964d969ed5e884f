package jp.resas.ops.access.infrastructure;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.access.AccessLogs;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * CloudFront names standard log files {@code <prefix><distribution>.YYYY-MM-DD-HH.<id>.gz} (UTC
 * hour), so one listing per UTC day and distribution finds them, and the hour picks those that can hold the JST
 * day. A site served by several distributions logging to one place is read as one: the files of each.
 */
public final class S3AccessLogs implements AccessLogs {

    private final S3Client s3;
    private final String bucket;
    private final List<String> prefixes;

    public S3AccessLogs(S3Client s3, String bucket, String prefix, String distributionId) {
        this(s3, bucket, prefix, List.of(distributionId));
    }

    /** @throws IllegalArgumentException when no distribution is named */
    public S3AccessLogs(S3Client s3, String bucket, String prefix, List<String> distributionIds) {
        if (distributionIds.isEmpty()) {
            throw new IllegalArgumentException("no CloudFront distribution named for the access logs in " + bucket);
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.prefixes = distributionIds.stream().map(id -> prefix + id + ".").toList();
    }

    @Override
    public List<String> files(LocalDate utcDate, int fromHour, int toHour) {
        List<String> files = new ArrayList<>();
        for (String prefix : prefixes) {
            String dayPrefix = prefix + utcDate + "-";
            s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(dayPrefix)).contents().stream()
                    .map(S3Object::key)
                    .filter(key -> {
                        int hour = Integer.parseInt(key.substring(dayPrefix.length(), dayPrefix.length() + 2));
                        return hour >= fromHour && hour < toHour;
                    })
                    .forEach(files::add);
        }
        return List.copyOf(files);
    }

    @Override
    public InputStream open(String key) {
        return s3.getObject(request -> request.bucket(bucket).key(key));
    }
}
