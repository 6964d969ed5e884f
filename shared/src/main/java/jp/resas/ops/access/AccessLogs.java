package jp.resas.ops.access;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/** The access-log bucket (port; S3 in {@code infrastructure}). */
public interface AccessLogs {

    /** Keys of the log files CloudFront wrote for the UTC date and hours {@code [fromHour, toHour)}. */
    List<String> files(LocalDate utcDate, int fromHour, int toHour);

    /** The file's bytes as stored (gzip or plain). */
    InputStream open(String key);
}
