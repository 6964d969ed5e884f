package jp.resas.ops.local.sfn.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.LambdaFunctionError;
import org.junit.jupiter.api.Test;

class InProcessHandlerTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void requestHandler_receivesItsDeclaredInputType_andReturnsJson() {
        InProcessHandler handler = InProcessHandler.of("Greet",
                "jp.resas.ops.local.sfn.testutils.GreetingHandler::handleRequest", loader, "ap-northeast-1", "1");

        var result = handler.invoke(Json.parse("{\"name\":\"Tottori\",\"age\":3,\"extra\":true}"), "req-1");

        assertThat(result).isEqualTo(Json.parse("{\"message\":\"Hello, Tottori\",\"function\":\"Greet\"}"));
    }

    @Test
    void requestStreamHandler_getsAndReturnsJsonBytes() {
        InProcessHandler handler = InProcessHandler.of("Shout",
                "jp.resas.ops.local.sfn.testutils.UpperCaseStreamHandler::handleRequest", loader, "r", "1");

        assertThat(handler.invoke(Json.parse("{\"a\":\"b\"}"), "req-2")).isEqualTo(Json.parse("{\"A\":\"B\"}"));
    }

    @Test
    void aThrowingHandler_failsWithTheExceptionClassAsErrorType() {
        InProcessHandler handler = InProcessHandler.of("Greet",
                "jp.resas.ops.local.sfn.testutils.GreetingHandler", loader, "r", "1");

        assertThatThrownBy(() -> handler.invoke(Json.parse("{\"name\":\"x\",\"age\":-1}"), "req-3"))
                .isInstanceOfSatisfying(LambdaFunctionError.class, e -> {
                    assertThat(e.errorType()).isEqualTo("java.lang.IllegalArgumentException");
                    assertThat(e.errorMessage()).isEqualTo("age must not be negative: -1");
                });
    }

    @Test
    void anUnknownClass_isReportedWithTheFunctionName() {
        assertThatThrownBy(() -> InProcessHandler.of("Ghost", "no.such.Handler::handleRequest", loader, "r", "1"))
                .hasMessage("Handler class no.such.Handler of function Ghost is not on the classpath");
    }
}
