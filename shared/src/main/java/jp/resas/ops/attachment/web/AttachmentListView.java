package jp.resas.ops.attachment.web;

import java.util.List;

/** A ticket's attachments, oldest first. */
public record AttachmentListView(List<AttachmentView> items) {
}
