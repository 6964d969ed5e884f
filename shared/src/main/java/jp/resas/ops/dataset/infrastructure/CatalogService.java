package jp.resas.ops.dataset.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.DatasetCatalog;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.ProcessingSpecs;

/** The catalog's transaction boundary. A dataset can be registered only if its processing spec is shipped. */
@Singleton
public class CatalogService {

    private final DatasetCatalog catalog;
    private final AuditLog audit;
    private final ProcessingSpecs specs = new ProcessingSpecs();

    private final JdbcDatasetCatalog pages;

    CatalogService(DatasetCatalog catalog, JdbcDatasetCatalog pages, AuditLog audit) {
        this.catalog = catalog;
        this.pages = pages;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Dataset> list() {
        return catalog.list();
    }

    /** The catalog by id, one keyset page. */
    @Transactional(readOnly = true)
    public Keyset.Page<Dataset> page(Keyset.Request request) {
        return pages.page(request);
    }

    @Transactional(readOnly = true)
    public Optional<Dataset> find(DatasetId id) {
        return catalog.find(id);
    }

    @Transactional
    public Dataset save(Dataset dataset, String actor, String source) {
        if (specs.find(dataset.id()).isEmpty()) {
            throw new InvalidInputException("id", "データセット「" + dataset.id() + "」の加工仕様がありません（datasets/"
                    + dataset.id() + ".json をリポジトリに追加してください）。");
        }
        if (dataset.name() == null || dataset.name().isBlank() || dataset.sourceRef() == null || dataset.sourceRef().isBlank()) {
            throw new InvalidInputException(dataset.name() == null || dataset.name().isBlank() ? "name" : "sourceRef",
                    "名称と取得元は必須です。");
        }
        boolean created = catalog.save(dataset);
        audit.append(new AuditEntry(actor, created ? "dataset.created" : "dataset.updated", "dataset",
                dataset.id().value(), Map.of("name", dataset.name(), "sourceKind", dataset.sourceKind().name(),
                        "sourceRef", dataset.sourceRef()), source));
        return dataset;
    }
}
