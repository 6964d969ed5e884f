package jp.resas.ops.sfn;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidationTest {

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'}}}",
                        "State 'A': field 'Next' refers to unknown state 'B'"),
                Arguments.of("{'StartAt':'X','States':{'A':{'Type':'Pass','End':true}}}",
                        "State machine: field 'StartAt' refers to unknown state 'X'"),
                Arguments.of("{'StartAt':'A','States':{'A':{'Type':'Pass'}}}",
                        "State 'A': exactly one of 'Next' or 'End: true' is required"),
                Arguments.of("{'StartAt':'A','States':{'A':{'Type':'Task','End':true}}}",
                        "State 'A': field 'Resource' is required"),
                Arguments.of("{'StartAt':'A','States':{'A':{'Type':'Pass','End':true,'Reslt':1}}}",
                        "State 'A': field 'Reslt' is not allowed here"),
                Arguments.of("{'StartAt':'A','States':{'A':{'Type':'Choice','Choices':[{'Variable':'$.x',"
                                + "'NumericEquals':'1','Next':'A'}]}}}",
                        "State 'A' Choices[0]: field 'NumericEquals' has a value of the wrong type: \"1\""),
                Arguments.of("{'StartAt':'A','States':{'A':{'Type':'Task','Resource':'r','End':true,"
                                + "'Retry':[{'ErrorEquals':['States.ALL']},{'ErrorEquals':['X']}]}}}",
                        "State 'A' Retry[0]: field 'ErrorEquals' may use States.ALL only alone and in the last entry"),
                Arguments.of("{'StartAt':'A','States':{'A':{'Type':'Pass','Parameters':{'x.$':'States.Nope(1)'},"
                                + "'End':true}}}",
                        "State 'A' Parameters: field 'x.$' is invalid: Unknown intrinsic function States.Nope"),
                Arguments.of("{'StartAt':'A','States':{'A':{'Type':'Wait','End':true}}}",
                        "State 'A': exactly one of 'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath' is required"),
                Arguments.of("{'StartAt':'A','States':{'A':{'Type':'Sleep','End':true}}}",
                        "Unknown state type 'Sleep'"),
                Arguments.of("{'StartAt':'A','States':{'A':{'Type':'Pass','InputPath':'$.a.','End':true}}}",
                        "State 'A': field 'InputPath' is not a valid path: Invalid JSONPath '$.a.': empty property "
                                + "name at position 4"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalid")
    void invalidDefinitions_areRejected_namingStateAndField(String definition, String message) {
        assertThatThrownBy(() -> StateMachine.parse(definition.replace('\'', '"')))
                .isInstanceOf(AslValidationException.class)
                .hasMessage(message);
    }
}
