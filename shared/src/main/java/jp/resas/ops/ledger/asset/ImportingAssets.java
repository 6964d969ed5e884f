package jp.resas.ops.ledger.asset;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;

/**
 * The owner's CSV of licences and contracts, applied in one transaction: a line whose key (or name) is
 * in the ledger updates that asset, any other line adds one. One bad line refuses the whole file.
 */
public final class ImportingAssets {

    /** What an import did. */
    public record Summary(String fileName, int created, int updated) {
    }

    private final Assets assets;
    private final RecordingAssets recording;
    private final AuditLog audit;
    private final AssetCsv csv = new AssetCsv();

    public ImportingAssets(Assets assets, RecordingAssets recording, AuditLog audit) {
        this.assets = assets;
        this.recording = recording;
        this.audit = audit;
    }

    public Summary importFile(String fileName, byte[] content, Actor actor) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new InvalidInputException("fileName", "fileName (取り込むファイルの名前) を 200 文字以内で指定してください。");
        }
        int created = 0;
        int updated = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (AssetCsv.Line line : csv.parse(fileName, content)) {
            AssetInput input = line.input();
            String key = input.key() != null ? input.key().strip() : input.name() == null ? "" : input.name().strip();
            Integer earlier = seen.put(input.kind() + "\u0000" + key, line.number());
            if (earlier != null) {
                throw new InvalidInputException("line " + line.number() + ": key", fileName + " " + line.number()
                        + " 行目 (key): 「" + key + "」は " + earlier + " 行目と重複しています。");
            }
            try {
                Optional<Asset> current = assets.lockByKey(input.kind(), key);
                if (current.isPresent()) {
                    recording.replace(current.get(), input, actor);
                    updated++;
                } else {
                    recording.create(input, AssetOrigin.IMPORT, actor);
                    created++;
                }
            } catch (InvalidInputException e) {
                throw AssetCsv.at(fileName, line.number(), e);
            } catch (ConflictException e) {
                throw AssetCsv.at(fileName, line.number(), new InvalidInputException(e.field(), e.getMessage()));
            }
        }
        audit.append(new AuditEntry(actor.name(), "asset.import", "asset_import", fileName,
                Map.of("created", created, "updated", updated), actor.source()));
        return new Summary(fileName, created, updated);
    }
}
