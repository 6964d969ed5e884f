package jp.resas.ops.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A catalog entry. {@code sourceRef}: the statsDataId, the inbox prefix or the URL, by {@code sourceKind};
 * {@code menus}: the RESAS menus that show it; {@code licence}: the terms or the contract it is used under.
 */
public record Dataset(DatasetId id, String name, String publisher, SourceKind sourceKind, String sourceRef,
        String frequency, LocalDate nextRelease, List<String> menus, String licence, String ownerContact) {

    public Dataset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceKind, "sourceKind");
        menus = menus == null ? List.of() : List.copyOf(menus);
    }
}
