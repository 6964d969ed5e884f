package jp.resas.ops.sfn.internal.asl;

import jp.resas.ops.sfn.AslValidationException;

/** The two query languages a state may use; JSONata arrived in 2024 with {@code Arguments}/{@code Output}. */
public enum QueryLanguage {
    JSONPATH,
    JSONATA;

    static QueryLanguage of(String text, QueryLanguage inherited) {
        if (text == null) {
            return inherited;
        }
        return switch (text) {
            case "JSONPath" -> JSONPATH;
            case "JSONata" -> JSONATA;
            default -> throw new AslValidationException("QueryLanguage must be JSONPath or JSONata, was '" + text + "'");
        };
    }
}
