package jp.resas.ops.report.document;

import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/** Excel sheet and ZIP entry names from table names: at most 31 characters, legal, unique. */
final class SheetNames {

    private final Set<String> used = new HashSet<>();

    String sheet(String tableName) {
        String base = WorkbookUtil.createSafeSheetName(tableName);
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            String suffix = "(" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    static String file(String tableName) {
        return tableName.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".csv";
    }
}
