package jp.resas.ops.dataset.spec;

/** What a symbol in a value cell means: 秘匿 (suppressed to protect respondents) or 欠測/該当なし (missing). Never zero. */
public enum SymbolMeaning { SUPPRESSED, MISSING }
