package jp.resas.ops.dataset;

import java.util.List;
import java.util.Optional;

/** Port: the catalog entries (PostgreSQL in {@code infrastructure}). */
public interface DatasetCatalog {

    List<Dataset> list();

    Optional<Dataset> find(DatasetId id);

    /** Inserts or replaces; true when it was new. */
    boolean save(Dataset dataset);
}
