package jp.resas.ops.functions.attachment;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import jp.resas.ops.attachment.PurgingAttachments;
import jp.resas.ops.attachment.infrastructure.AttachmentService;
import jp.resas.ops.functions.platform.LambdaPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code attachment-retention}: once a day, removes the stored objects of attachments deleted more than
 * {@code resas.attachments.retention-days} ago and marks their rows purged (audited). The event carries
 * nothing we need; the answer says how many files and objects this run purged (none when run again).
 */
public final class AttachmentRetentionHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentRetentionHandler.class);

    private final AttachmentService attachments;

    public AttachmentRetentionHandler() {
        this(LambdaPlatform.start());
    }

    public AttachmentRetentionHandler(ApplicationContext context) {
        this.attachments = context.getBean(AttachmentService.class);
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        PurgingAttachments.Purged purged = attachments.purge();
        LOG.info("attachment retention purged {} files, {} objects", purged.files(), purged.objects());
        return Map.of("files", purged.files(), "objects", purged.objects());
    }
}
