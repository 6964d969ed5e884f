package jp.resas.ops.dataset;

import jp.resas.ops.common.InvalidInputException;

/** A dataset's id: lower-case letters, digits and hyphens, as in its spec file name; JSON shows the bare text. */
public record DatasetId(@com.fasterxml.jackson.annotation.JsonValue String value) {

    public DatasetId {
        if (value == null || !value.matches("[a-z0-9][a-z0-9-]{1,62}")) {
            throw new InvalidInputException("datasetId", "データセットIDは英小文字・数字・ハイフンで指定してください: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
