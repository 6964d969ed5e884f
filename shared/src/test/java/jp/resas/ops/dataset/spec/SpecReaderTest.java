package jp.resas.ops.dataset.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.ProcessingSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecReaderTest {

    private static final String MINIMAL = """
            {"dataset": "x-data", "specVersion": 1, "defaults": {"period": "2020"},
             "columns": [{"name": "area", "type": "MUNICIPALITY_CODE", "role": "AREA"},
                         {"name": "v", "type": "%s", "role": "VALUE"}]%s}
            """;

    @ParameterizedTest
    @ValueSource(strings = {"census-population", "economic-census-establishments", "vendor-visitors"})
    void shippedSpecs_areReadable(String id) {
        assertThat(new ProcessingSpecs().find(new DatasetId(id))).get().extracting(ProcessingSpec::dataset).isEqualTo(id);
    }

    @Test
    void misspeltField_isRefused_ratherThanIgnored() {
        assertThatThrownBy(() -> new SpecReader().read(MINIMAL.formatted("INTEGER", ", \"validaton\": {}"), "x.json"))
                .isInstanceOf(SpecException.class).hasMessageContaining("x.json").hasMessageContaining("validaton");
    }

    @Test
    void textValueColumn_isRefused() {
        assertThatThrownBy(() -> new SpecReader().read(MINIMAL.formatted("TEXT", ""), "x.json"))
                .isInstanceOf(SpecException.class).hasMessageContaining("VALUE column v must be INTEGER or DECIMAL");
    }

    @Test
    void unknownEncoding_isRefused() {
        assertThatThrownBy(() -> new SpecReader().read(MINIMAL.formatted("INTEGER", ", \"source\": {\"encoding\": \"EUC-JP\"}"), "x.json"))
                .isInstanceOf(SpecException.class).hasMessageContaining("EUC-JP");
    }
}
