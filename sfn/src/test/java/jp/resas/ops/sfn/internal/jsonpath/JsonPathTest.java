package jp.resas.ops.sfn.internal.jsonpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jp.resas.ops.sfn.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPathTest {

    private static final JsonNode DOC = Json.parse("""
            {"prefs": [{"code": "01", "name": "Hokkaido", "pop": 5140},
                       {"code": "13", "name": "Tokyo", "pop": 14047},
                       {"code": "47", "name": "Okinawa", "pop": 1467}],
             "meta": {"source": {"name": "e-Stat"}}, "odd key": 1}""");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "$.prefs[1].name|\"Tokyo\"",
        "$.prefs[-1].code|\"47\"",
        "$['odd key']|1",
        "$.prefs[*].code|[\"01\",\"13\",\"47\"]",
        "$.prefs[0:2].name|[\"Hokkaido\",\"Tokyo\"]",
        "$.prefs[0,2].pop|[5140,1467]",
        "$.prefs[?(@.pop > 5000)].name|[\"Hokkaido\",\"Tokyo\"]",
        "$.prefs[?(@.code == '13')].pop|[14047]",
        "$..name|[\"Hokkaido\",\"Tokyo\",\"Okinawa\",\"e-Stat\"]",
        "$.prefs.length()|3",
        "$.missing[*]|[]",
    })
    void reads(String path, String expected) {
        assertThat(JsonPath.compile(path).read(DOC)).isEqualTo(Json.parse(expected));
    }

    @Test
    void aMissingLeaf_reportsNoResults_inBracketNotation() {
        assertThatThrownBy(() -> JsonPath.compile("$.meta.version").read(DOC))
                .hasMessage("No results for path: $['meta']['version']");
    }

    @Test
    void aMissingIntermediate_reportsTheMissingProperty() {
        assertThatThrownBy(() -> JsonPath.compile("$.no.such.path").read(DOC))
                .hasMessage("Missing property in path $['no']");
    }

    @Test
    void invalidPaths_areRejectedWithThePosition() {
        assertThatThrownBy(() -> JsonPath.compile("$.prefs[1"))
                .hasMessage("Invalid JSONPath '$.prefs[1': unclosed '[' at position 7");
    }
}
