package jp.resas.ops.attachment;

import jp.resas.ops.common.ConflictException;

/**
 * How much may be attached: per ticket (bytes and files) and per user (bytes of files not deleted),
 * so nobody fills the store with files. Deleted files no longer count.
 */
public record AttachmentQuota(long perTicketBytes, int perTicketFiles, long perUserBytes) {

    public static final long DEFAULT_PER_TICKET_BYTES = 40L * 1024 * 1024;
    public static final int DEFAULT_PER_TICKET_FILES = 20;
    public static final long DEFAULT_PER_USER_BYTES = 200L * 1024 * 1024;

    public AttachmentQuota {
        if (perTicketBytes < 1 || perTicketFiles < 1 || perUserBytes < 1) {
            throw new IllegalArgumentException("attachment quotas must be positive");
        }
    }

    /** @throws ConflictException (409 QUOTA_EXCEEDED) when one more file of {@code size} bytes goes over a quota */
    public void require(Attachments.Usage ticket, Attachments.Usage user, long size) {
        if (ticket.files() + 1 > perTicketFiles) {
            throw exceeded("このチケットに添付できるファイルは " + perTicketFiles + " 個までです。");
        }
        if (ticket.bytes() + size > perTicketBytes) {
            throw exceeded("このチケットの添付ファイルの合計は " + perTicketBytes + " バイトまでです (現在 "
                    + ticket.bytes() + " バイト)。");
        }
        if (user.bytes() + size > perUserBytes) {
            throw exceeded("1 人が添付できるファイルの合計は " + perUserBytes + " バイトまでです (現在 " + user.bytes()
                    + " バイト)。不要な添付を削除してください。");
        }
    }

    private static ConflictException exceeded(String message) {
        return new ConflictException("QUOTA_EXCEEDED", "file", message);
    }
}
