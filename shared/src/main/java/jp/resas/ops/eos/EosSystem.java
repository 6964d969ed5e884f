package jp.resas.ops.eos;

/** Whose platform an item is part of. */
public enum EosSystem {
    RESAS("RESAS"),
    RESAS_OPS("RESAS Ops");

    private final String label;

    EosSystem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
