package jp.resas.ops.attachment.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.multipart.CompletedFileUpload;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import jp.resas.ops.attachment.Attachment;
import jp.resas.ops.attachment.AttachmentContent;
import jp.resas.ops.attachment.Upload;
import jp.resas.ops.attachment.infrastructure.AttachmentService;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;

/**
 * What a kind's attachment endpoints do: read the upload (a multipart part, or the raw body with
 * {@code ?filename=} and its Content-Type), call the use case, shape the answer. Downloads are always
 * served as attachments with {@code nosniff}, so an uploaded HTML file never runs in the portal's origin.
 */
@Singleton
public class AttachmentEndpoints {

    private final AttachmentService attachments;

    AttachmentEndpoints(AttachmentService attachments) {
        this.attachments = attachments;
    }

    public AttachmentListView list(TicketKind kind, String base, long id, String limit, String cursor) {
        Keyset.Request request = Keyset.request(limit, cursor);
        Keyset.Page<Attachment> page = attachments.list(kind, id(id), request);
        return new AttachmentListView(page.items().stream().map(a -> AttachmentView.of(a, base)).toList(),
                page.nextCursor().orElse(null));
    }

    public HttpResponse<AttachmentView> uploadPart(TicketKind kind, String base, long id, CompletedFileUpload file,
            Actor actor) {
        if (file == null) {
            throw new InvalidInputException("file", "ファイルを file という名前のパートで送ってください。");
        }
        return created(kind, base, id, new Upload(file.getFilename(),
                file.getContentType().map(MediaType::toString).orElse(null), bytes(file)), actor);
    }

    public HttpResponse<AttachmentView> uploadBody(TicketKind kind, String base, long id, String filename,
            String contentType, byte[] content, Actor actor) {
        return created(kind, base, id, new Upload(filename, contentType, content), actor);
    }

    public HttpResponse<byte[]> download(TicketKind kind, long id, long attachmentId) {
        AttachmentContent file = attachments.download(kind, id(id), attachmentId);
        Attachment a = file.attachment();
        return HttpResponse.ok(file.content())
                .contentType(a.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(a.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(a.sha256())));
    }

    /** The uploader, or an operator or admin ({@code operator}), removes a file; it stays stored for retention. */
    public HttpResponse<?> delete(TicketKind kind, long id, long attachmentId, Actor actor, boolean operator) {
        attachments.delete(kind, id(id), attachmentId, actor, operator);
        return HttpResponse.noContent();
    }

    private HttpResponse<AttachmentView> created(TicketKind kind, String base, long id, Upload upload, Actor actor) {
        return HttpResponse.created(AttachmentView.of(attachments.attach(kind, id(id), upload, actor), base));
    }

    /** RFC 6266: an ASCII fallback for old clients, the exact (often Japanese) name in {@code filename*}. */
    static String disposition(String fileName) {
        String ascii = fileName.chars().map(c -> c < 0x20 || c > 0x7e || c == '"' || c == '%' ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded part", e);
        }
    }

    private static TicketId id(long id) {
        if (id <= 0) {
            throw new InvalidInputException("id", "ID は正の整数で指定してください。");
        }
        return new TicketId(id);
    }
}
