package jp.resas.ops.attachment.web;

import java.util.List;

/** A page of a ticket's attachments, oldest first; {@code nextCursor} asks for the next page (null: no more). */
public record AttachmentListView(List<AttachmentView> items, String nextCursor) {
}
