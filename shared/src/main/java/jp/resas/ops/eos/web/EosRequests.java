package jp.resas.ops.eos.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.eos.EosCategory;
import jp.resas.ops.eos.EosSystem;
import jp.resas.ops.eos.KeepingCalendar;
import jp.resas.ops.eos.Upgrade;

/** The bodies of the EOS endpoints: each names only what it takes (unknown fields are refused). */
final class EosRequests {

    private EosRequests() {
    }

    static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "version (取得した時点の版) を指定してください。");
        }
        return version;
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " を 2029-06-30 の形式で指定してください。");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " は 2029-06-30 の形式で指定してください。");
        }
    }

    /** An item as an administrator enters it; {@code version} only when changing one. */
    record Item(Long version, String system, String category, String name, String productVersion, String endsOn,
            String sourceUrl, String note, String runtimeKey) {

        KeepingCalendar.Entry entry() {
            String url = Texts.required("sourceUrl", sourceUrl, 1000);
            try {
                URI uri = new URI(url);
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new InvalidInputException("sourceUrl", "sourceUrl には出典の https:// から始まる URL を指定してください。");
                }
            } catch (java.net.URISyntaxException e) {
                throw new InvalidInputException("sourceUrl", "sourceUrl には出典の https:// から始まる URL を指定してください。");
            }
            LocalDate ends = date("endsOn", endsOn);
            if (ends.getYear() < 2000 || ends.getYear() > 2100) {
                throw new InvalidInputException("endsOn", "endsOn は 2000 年から 2100 年の日付で指定してください。");
            }
            return new KeepingCalendar.Entry(Texts.oneOf("system", system, EosSystem.class),
                    Texts.oneOf("category", category, EosCategory.class), Texts.required("name", name, 200),
                    Texts.required("productVersion", productVersion, 100), ends, url, Texts.optional("note", note, 2000),
                    checkedRuntimeKey());
        }

        /** The versions in use the item covers, as the configuration ledger names them ("lambda:java17"); optional. */
        private String checkedRuntimeKey() {
            String key = Texts.optional("runtimeKey", runtimeKey, 100);
            if (key != null && !jp.resas.ops.eos.RuntimeKey.valid(key)) {
                throw new InvalidInputException("runtimeKey", "runtimeKey は lambda:java17 や aurora-postgresql:16 の形式"
                        + "（種類:版）で指定してください。");
            }
            return key;
        }
    }

    /** An upgrade planned with the change request that carries it out. */
    record Plan(Long changeRequestId, String targetVersion) {

        long requiredChangeRequest() {
            if (changeRequestId == null) {
                throw new InvalidInputException("changeRequestId", "changeRequestId (変更要求) を指定してください。");
            }
            return changeRequestId;
        }

        String requiredTargetVersion() {
            return Texts.required("targetVersion", targetVersion, 100);
        }
    }

    /** The test record (試験記録). */
    record Test(Long version, String environment, String result, String summary, String evidence) {

        Upgrade.TestResult requiredResult() {
            return Texts.oneOf("result", result, Upgrade.TestResult.class);
        }

        String requiredEnvironment() {
            return Texts.required("environment", environment, 200);
        }

        String requiredSummary() {
            return Texts.required("summary", summary, 4000);
        }

        String optionalEvidence() {
            return Texts.optional("evidence", evidence, 1000);
        }
    }

    /** Completing: the version read. */
    record Step(Long version) {
    }
}
