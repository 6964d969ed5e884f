package jp.resas.ops.pipeline;

import jp.resas.ops.common.NotFoundException;

public record RunId(@com.fasterxml.jackson.annotation.JsonValue long value) {

    /** The one way a missing run is reported: 404 in the API, the same message everywhere. */
    public NotFoundException notFound() {
        return new NotFoundException("実行 " + value + " はありません。");
    }
}
