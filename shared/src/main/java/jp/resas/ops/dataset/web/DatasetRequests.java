package jp.resas.ops.dataset.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.SourceKind;

/** Checks a catalog request field by field, naming the field that is wrong. */
final class DatasetRequests {

    private DatasetRequests() {
    }

    /**
     * The entry after {@code body}: a field the body does not give keeps its value in {@code existing}
     * (a PUT that leaves out the licence does not erase it).
     */
    static Dataset dataset(String id, DatasetRequest body, java.util.Optional<Dataset> existing) {
        if (body == null) {
            throw new InvalidInputException("body", "本文がありません。");
        }
        if (existing.isPresent()) {
            Dataset was = existing.get();
            body = new DatasetRequest(or(body.name(), was.name()), or(body.publisher(), was.publisher()),
                    or(body.sourceKind(), was.sourceKind().name()), or(body.sourceRef(), was.sourceRef()),
                    or(body.frequency(), was.frequency()), or(body.nextRelease(),
                            was.nextRelease() == null ? null : was.nextRelease().toString()),
                    body.menus() != null ? body.menus() : was.menus(), or(body.licence(), was.licence()),
                    or(body.ownerContact(), was.ownerContact()));
        }
        jp.resas.ops.common.Texts.optional("name", body.name(), 200);
        jp.resas.ops.common.Texts.optional("publisher", body.publisher(), 200);
        jp.resas.ops.common.Texts.optional("sourceRef", body.sourceRef(), 2000);
        jp.resas.ops.common.Texts.optional("frequency", body.frequency(), 100);
        jp.resas.ops.common.Texts.optional("licence", body.licence(), 2000);
        jp.resas.ops.common.Texts.optional("ownerContact", body.ownerContact(), 200);
        if (body.menus() != null && (body.menus().size() > 50
                || body.menus().stream().anyMatch(m -> m == null || m.isBlank() || m.length() > 100))) {
            throw new InvalidInputException("menus", "menus は 100 文字以内のメニュー名を 50 個まで指定してください。");
        }
        SourceKind kind;
        try {
            kind = SourceKind.valueOf(body.sourceKind() == null ? "" : body.sourceKind());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sourceKind", "取得元の種類は ESTAT_API、S3_INBOX、DOWNLOAD_URL のいずれかです。");
        }
        LocalDate next;
        try {
            next = jp.resas.ops.common.SaneDates.date("nextRelease",
                    body.nextRelease() == null ? null : LocalDate.parse(body.nextRelease()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("nextRelease", "次回公表予定日は YYYY-MM-DD で指定してください。");
        }
        return new Dataset(new DatasetId(id), body.name(), body.publisher(), kind, body.sourceRef(), body.frequency(), next,
                body.menus(), body.licence(), body.ownerContact());
    }

    private static String or(String given, String kept) {
        return given != null ? given : kept;
    }
}
