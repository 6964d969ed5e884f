package jp.resas.ops.dataset.processing;

/** ERROR stops the version; WARNING is shown to the approver, who decides. */
public enum Severity { ERROR, WARNING }
