package jp.resas.ops.access;

import java.time.Instant;

/** One request from a log line, with only the fields the analysis reads. */
public record AccessRecord(Instant at, String clientIp, String method, String path, int status, String referrer,
        String userAgent) {
}
