package jp.resas.ops.ledger.asset;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person enters or imports for an asset. {@code key} may be left out: the name identifies it.
 * On update, every field is replaced by what is given (a missing field clears it).
 */
public record AssetInput(AssetKind kind, String key, String name, String owner, AssetStatus status,
        LocalDate startsOn, LocalDate endsOn, String softwareVersion, Terms terms, String notes,
        List<Long> changeRequests) {

    public AssetInput {
        terms = terms == null ? Terms.NONE : terms;
        changeRequests = changeRequests == null ? List.of() : List.copyOf(changeRequests);
    }
}
