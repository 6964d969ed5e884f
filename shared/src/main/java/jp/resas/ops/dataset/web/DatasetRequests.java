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

    static Dataset dataset(String id, DatasetRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "本文がありません。");
        }
        SourceKind kind;
        try {
            kind = SourceKind.valueOf(body.sourceKind() == null ? "" : body.sourceKind());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sourceKind", "取得元の種類は ESTAT_API、S3_INBOX、DOWNLOAD_URL のいずれかです。");
        }
        LocalDate next;
        try {
            next = body.nextRelease() == null ? null : LocalDate.parse(body.nextRelease());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("nextRelease", "次回公表予定日は YYYY-MM-DD で指定してください。");
        }
        return new Dataset(new DatasetId(id), body.name(), body.publisher(), kind, body.sourceRef(), body.frequency(), next,
                body.menus(), body.licence(), body.ownerContact());
    }
}
