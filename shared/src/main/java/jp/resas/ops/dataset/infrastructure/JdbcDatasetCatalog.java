package jp.resas.ops.dataset.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.DatasetCatalog;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.SourceKind;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcDatasetCatalog implements DatasetCatalog {

    private static final String COLUMNS = "id, name, publisher, source_kind, source_ref, frequency, next_release, "
            + "menus::text AS menus, licence, owner_contact";

    private static final Keyset BY_ID =
            Keyset.ascending(Keyset.text("id"));

    private final Sql sql;
    private final ObjectMapper json;

    JdbcDatasetCatalog(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public List<Dataset> list() {
        return sql.query("SELECT " + COLUMNS + " FROM dataset ORDER BY id", this::dataset);
    }

    /** A page of the catalog by id, read in SQL. */
    Keyset.Page<Dataset> page(Keyset.Request request) {
        return BY_ID.page(sql, "SELECT " + COLUMNS + " FROM dataset", this::dataset, request);
    }

    @Override
    public Optional<Dataset> find(DatasetId id) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM dataset WHERE id = ?", this::dataset, id.value());
    }

    @Override
    public boolean save(Dataset d) {
        boolean existed = find(d.id()).isPresent();
        sql.update("""
                INSERT INTO dataset (id, name, publisher, source_kind, source_ref, frequency, next_release, menus, licence, owner_contact)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, publisher = excluded.publisher,
                    source_kind = excluded.source_kind, source_ref = excluded.source_ref, frequency = excluded.frequency,
                    next_release = excluded.next_release, menus = excluded.menus, licence = excluded.licence,
                    owner_contact = excluded.owner_contact, updated_at = now()""",
                d.id().value(), d.name(), d.publisher(), d.sourceKind(), d.sourceRef(), d.frequency(), d.nextRelease(),
                new Sql.Json(menus(d.menus())), d.licence(), d.ownerContact());
        return !existed;
    }

    private String menus(List<String> menus) {
        try {
            return json.writeValueAsString(menus);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Dataset dataset(ResultSet row) throws SQLException {
        List<String> menus;
        try {
            menus = json.readValue(row.getString("menus"), new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("dataset.menus is not a JSON list", e);
        }
        return new Dataset(new DatasetId(row.getString("id")), row.getString("name"), row.getString("publisher"),
                SourceKind.valueOf(row.getString("source_kind")), row.getString("source_ref"), row.getString("frequency"),
                row.getObject("next_release", LocalDate.class), menus, row.getString("licence"), row.getString("owner_contact"));
    }
}
