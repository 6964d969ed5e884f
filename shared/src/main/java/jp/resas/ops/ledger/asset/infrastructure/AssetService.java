package jp.resas.ops.ledger.asset.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.ledger.asset.Asset;
import jp.resas.ops.ledger.asset.AssetInput;
import jp.resas.ops.ledger.asset.AssetOrigin;
import jp.resas.ops.ledger.asset.AssetPage;
import jp.resas.ops.ledger.asset.AssetQuery;
import jp.resas.ops.ledger.asset.Assets;
import jp.resas.ops.ledger.asset.ImportingAssets;
import jp.resas.ops.ledger.asset.RecordingAssets;

/** The transaction boundary of the asset-ledger use cases. */
@Singleton
public class AssetService {

    private final Assets assets;
    private final RecordingAssets recording;
    private final ImportingAssets importing;

    AssetService(Assets assets, AuditLog audit, Clock clock) {
        this.assets = assets;
        this.recording = new RecordingAssets(assets, audit, clock);
        this.importing = new ImportingAssets(assets, recording, audit);
    }

    @Transactional(readOnly = true)
    public AssetPage list(AssetQuery query) {
        return assets.list(query);
    }

    @Transactional(readOnly = true)
    public Asset get(long id) {
        return assets.find(id).orElseThrow(() -> new NotFoundException("指定された資産 (ID " + id + ") は台帳にありません。"));
    }

    /** The whole ledger (every status) as 資産管理台帳.xlsx, as of {@code today}. */
    @Transactional(readOnly = true)
    public byte[] workbook(java.time.LocalDate today) {
        java.util.List<Asset> all = new java.util.ArrayList<>();
        java.util.Optional<jp.resas.ops.ledger.asset.AssetCursor> after = java.util.Optional.empty();
        do {
            AssetPage page = assets.list(new AssetQuery(java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), after, 500));
            all.addAll(page.items());
            after = page.next();
        } while (after.isPresent());
        return AssetLedgerWorkbook.write(all, today);
    }

    @Transactional
    public long create(AssetInput input, Actor actor) {
        return recording.create(input, AssetOrigin.MANUAL, actor);
    }

    @Transactional
    public long update(long id, AssetInput input, long version, Actor actor) {
        return recording.update(id, input, version, actor);
    }

    /** All lines or none: any refusal rolls the whole file back. */
    @Transactional
    public ImportingAssets.Summary importCsv(String fileName, byte[] content, Actor actor) {
        return importing.importFile(fileName, content, actor);
    }
}
