package jp.resas.ops.attachment.web;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.multipart.CompletedFileUpload;
import jakarta.inject.Singleton;
import java.util.List;
import jp.resas.ops.attachment.AttachmentStore;
import jp.resas.ops.attachment.infrastructure.AttachmentService;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.portal.web.PortalRefusal;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.web.TicketFiles;

/**
 * The ticket pages' files. Attachments need a configured store ({@code resas.attachments.bucket} or
 * {@code .directory}); without one the page says they are unavailable and an upload is refused in Japanese.
 */
@Singleton
class AttachedTicketFiles implements TicketFiles {

    static final String UNAVAILABLE = "添付ファイルの保存先が設定されていないため、ファイルを添付できません。"
            + "システム管理者に保存先の設定を依頼してください。";

    private final BeanProvider<AttachmentStore> store;
    private final BeanProvider<AttachmentService> attachments;
    private final BeanProvider<AttachmentEndpoints> files;

    AttachedTicketFiles(BeanProvider<AttachmentStore> store, BeanProvider<AttachmentService> attachments,
            BeanProvider<AttachmentEndpoints> files) {
        this.store = store;
        this.attachments = attachments;
        this.files = files;
    }

    @Override
    public List<TicketFile> list(TicketKind kind, TicketId id) {
        return !configured() ? List.of() : attachments.get().list(kind, id).stream()
                .map(a -> new TicketFile(a.id(), a.fileName(), a.size(), a.uploadedBy(), a.uploadedAt())).toList();
    }

    @Override
    public boolean configured() {
        return store.isPresent() && attachments.isPresent() && files.isPresent();
    }

    @Override
    public void upload(TicketKind kind, String base, long id, CompletedFileUpload file, Actor actor) {
        if (!configured()) {
            throw new InvalidInputException(null, UNAVAILABLE);
        }
        files.get().uploadPart(kind, base, id, file, actor);
    }

    @Override
    public HttpResponse<byte[]> download(TicketKind kind, long id, long attachmentId) {
        if (!configured()) {
            throw PortalRefusal.notFound("添付ファイルの保存先が設定されていないため、添付ファイルを取り出せません。");
        }
        return files.get().download(kind, id, attachmentId);
    }
}
