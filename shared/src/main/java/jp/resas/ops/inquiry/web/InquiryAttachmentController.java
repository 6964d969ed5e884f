package jp.resas.ops.inquiry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jp.resas.ops.attachment.web.AttachmentEndpoints;
import jp.resas.ops.attachment.web.AttachmentListView;
import jp.resas.ops.attachment.web.AttachmentView;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.ticket.TicketKind;

/** Files attached to an inquiry: list, upload (multipart or raw body), download. Everyone may attach. */
@Controller("/inquiries/{id}/attachments")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class InquiryAttachmentController {

    private static final TicketKind KIND = TicketKind.INQUIRY;
    private static final String BASE = "/inquiries";

    private final AttachmentEndpoints attachments;

    /** The multipart form, for the OpenAPI description only. */
    @Schema(name = "AttachmentForm")
    record FilePart(@Schema(type = "string", format = "binary", description = "添付するファイル") String file) {
    }

    InquiryAttachmentController(AttachmentEndpoints attachments) {
        this.attachments = attachments;
    }

    @Get
    AttachmentListView list(@PathVariable long id, @io.micronaut.core.annotation.Nullable @io.micronaut.http.annotation.QueryValue String limit,
            @io.micronaut.core.annotation.Nullable @io.micronaut.http.annotation.QueryValue String cursor) {
        return attachments.list(KIND, BASE, id, limit, cursor);
    }

    /** Documented with {@link #uploadBody}: OpenAPI has one operation per method and path. */
    @Hidden
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "添付しました")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409", description = "状態・クォータ・承認と矛盾 (error が理由)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<AttachmentView> uploadPart(@PathVariable long id, @Nullable CompletedFileUpload file,
            Authentication user, HttpRequest<?> request) {
        return attachments.uploadPart(KIND, BASE, id, file, Actors.of(user, request));
    }

    @Operation(summary = "ファイルを添付する",
            description = "multipart/form-data (パート名 file、ファイル名と種類はパートのもの) または本文そのまま "
                    + "(ファイル名は ?filename=、種類は Content-Type)。上限 resas.attachments.max-bytes (既定 4 MiB)。",
            requestBody = @RequestBody(required = true, content = {
                @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = FilePart.class)),
                @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))}))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "添付しました")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409", description = "状態・クォータ・承認と矛盾 (error が理由)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @Post(consumes = MediaType.ALL)
    HttpResponse<AttachmentView> uploadBody(@PathVariable long id, @Nullable @QueryValue String filename,
            @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType, @Nullable @Body byte[] content,
            Authentication user, HttpRequest<?> request) {
        return attachments.uploadBody(KIND, BASE, id, filename, contentType, content, Actors.of(user, request));
    }

    @Operation(summary = "添付ファイルを削除する (添付した本人か operator/admin。ファイルは保存期間まで保管される)")
    @io.micronaut.http.annotation.Delete("/{attachmentId}")
    HttpResponse<?> delete(@PathVariable long id, @PathVariable long attachmentId, Authentication user,
            HttpRequest<?> request) {
        boolean operator = user.getRoles().contains(Roles.OPERATOR) || user.getRoles().contains(Roles.ADMIN);
        return attachments.delete(KIND, id, attachmentId, Actors.of(user, request), operator);
    }

    @Operation(summary = "添付ファイルのダウンロード (Content-Disposition: attachment)")
    @Get(value = "/{attachmentId}", produces = MediaType.ALL)
    HttpResponse<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        return attachments.download(KIND, id, attachmentId);
    }
}
