package jp.resas.ops.incident;

import jp.resas.ops.common.NotFoundException;

/** The incident a request names does not exist: a {@link NotFoundException} (404) like every other. */
public final class IncidentNotFoundException extends NotFoundException {

    public IncidentNotFoundException(IncidentId id) {
        super("指定された障害は存在しません。");
    }
}
