package jp.resas.ops.monitoring.runs;

/** The scheduled collectors, by the function names they have in AWS and in {@code resas-ops invoke}. */
public enum Collector {
    LOGS("log-collector"),
    METRICS("metrics-collector"),
    COST("cost-collector"),
    ACCESS("access-collector"),
    ASSET_DISCOVERY("asset-discovery"),
    CONFIGURATION_SNAPSHOT("configuration-snapshot"),
    ACCOUNT_COLLECTION("account-collection"),
    VULNERABILITIES("vulnerability-collector"),
    BACKUPS("backup-collector");

    private final String functionName;

    Collector(String functionName) {
        this.functionName = functionName;
    }

    public String functionName() {
        return functionName;
    }
}
