package jp.resas.ops.dataset.processing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.resas.ops.dataset.spec.ColumnSpec;
import jp.resas.ops.dataset.spec.ProcessingSpec;
import jp.resas.ops.dataset.spec.SourceFormat;

/** The header must name every column of the spec, once, and (unless the spec allows it) nothing else. */
final class HeaderCheck {

    private HeaderCheck() {
    }

    /** False when rows cannot be interpreted (no header, or a column missing). */
    static boolean passes(ProcessingSpec spec, List<String> header, long line, Findings findings) {
        if (spec.source().format() == SourceFormat.ESTAT_JSON) {
            return true;
        }
        if (header.isEmpty()) {
            findings.error("empty-file", 0, "", "", "ファイルが空です（ヘッダー行もありません）。");
            return false;
        }
        boolean complete = true;
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!seen.add(name)) {
                findings.error("duplicate-column", line, name, name, "列「" + name + "」がヘッダーに2回あります。");
                complete = false;
            }
        }
        Set<String> expected = new HashSet<>();
        for (ColumnSpec column : spec.columns()) {
            expected.add(column.header());
            if (!header.contains(column.header())) {
                findings.error("missing-column", line, column.header(), "", "必要な列「" + column.header() + "」がありません。");
                complete = false;
            }
        }
        if (!spec.source().ignoreExtraColumns()) {
            for (int i = 0; i < header.size(); i++) {
                if (!expected.contains(header.get(i))) {
                    findings.error("extra-column", line, header.get(i), header.get(i),
                            "加工仕様にない列「" + header.get(i) + "」があります（" + (i + 1) + " 列目）。");
                }
            }
        }
        return complete;
    }
}
