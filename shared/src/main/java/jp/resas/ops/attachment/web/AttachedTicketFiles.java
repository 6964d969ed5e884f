package jp.resas.ops.attachment.web;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.multipart.CompletedFileUpload;
import jakarta.inject.Singleton;
import java.util.List;
import jp.resas.ops.attachment.infrastructure.AttachmentService;
import jp.resas.ops.common.Actor;
import jp.resas.ops.portal.web.PortalRefusal;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.web.TicketFiles;

/** The ticket pages' files. Attachments need a configured store ({@code resas.attachments.*}); without one a ticket lists none. */
@Singleton
class AttachedTicketFiles implements TicketFiles {

    private final BeanProvider<AttachmentService> attachments;
    private final BeanProvider<AttachmentEndpoints> files;

    AttachedTicketFiles(BeanProvider<AttachmentService> attachments, BeanProvider<AttachmentEndpoints> files) {
        this.attachments = attachments;
        this.files = files;
    }

    @Override
    public List<TicketFile> list(TicketKind kind, TicketId id) {
        return !attachments.isPresent() ? List.of() : attachments.get().list(kind, id).stream()
                .map(a -> new TicketFile(a.id(), a.fileName(), a.size(), a.uploadedBy(), a.uploadedAt())).toList();
    }

    @Override
    public boolean configured() {
        return files.isPresent();
    }

    @Override
    public void upload(TicketKind kind, String base, long id, CompletedFileUpload file, Actor actor) {
        if (!files.isPresent()) {
            throw PortalRefusal.notFound("添付ファイルの保存先が設定されていません。");
        }
        files.get().uploadPart(kind, base, id, file, actor);
    }

    @Override
    public HttpResponse<byte[]> download(TicketKind kind, long id, long attachmentId) {
        if (!files.isPresent()) {
            throw PortalRefusal.notFound("添付ファイルの保存先が設定されていません。");
        }
        return files.get().download(kind, id, attachmentId);
    }
}
