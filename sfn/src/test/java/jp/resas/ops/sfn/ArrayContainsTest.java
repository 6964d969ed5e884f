package jp.resas.ops.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import jp.resas.ops.sfn.testing.SfnTestKit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code States.ArrayContains} compares numbers by value, as Choice's NumericEquals does. */
class ArrayContainsTest {

    private static boolean contains(String array, String literal) {
        Execution e = SfnTestKit.of("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass",
                  "Parameters": {"found.$": "States.ArrayContains($.xs, %s)"}, "End": true}}}""".formatted(literal))
                .run("{\"xs\": " + array + "}");
        assertThat(e.status()).as(e.toJson().toString()).isEqualTo(ExecutionStatus.SUCCEEDED);
        return e.output().get("found").booleanValue();
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "[1, 2, 3]          | 3     | true",
            "[1, 2, 3.0]        | 3     | true",
            "[1, 2, 3]          | 3.0   | true",
            "[1, 2, 30000000000] | 30000000000 | true",
            "[1, 2, 3]          | 4     | false",
            "[1, 2, 3.5]        | 3     | false",
            "[\"3\", 2]         | 3     | false",
            "[\"a\", \"b\"]     | 'b'   | true",
            "[\"a\", \"b\"]     | 'c'   | false",
    })
    void aLiteral_isFound_byValue(String array, String literal, boolean expected) {
        assertThat(contains(array, literal)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} contains $.x = {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "[{\"n\": 1}, {\"n\": 2.0}] | {\"n\": 2}   | true",
            "[[1, 2], [3]]              | [3.0]         | true",
            "[{\"n\": 1}]               | {\"n\": 1.5} | false",
    })
    void aPathValue_isFound_deeply_withNumbersByValue(String array, String value, boolean expected) {
        Execution e = SfnTestKit.of("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass",
                  "Parameters": {"found.$": "States.ArrayContains($.xs, $.x)"}, "End": true}}}""")
                .run("{\"xs\": " + array + ", \"x\": " + value + "}");

        assertThat(e.output().get("found").booleanValue()).as(e.toJson().toString()).isEqualTo(expected);
    }
}
