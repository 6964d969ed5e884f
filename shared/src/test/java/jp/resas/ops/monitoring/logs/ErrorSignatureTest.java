package jp.resas.ops.monitoring.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorSignatureTest {

    @Test
    void messagesDifferingOnlyInIdsNumbersAndValues_shareASignature() {
        ErrorSignature a = ErrorSignature.of("ERROR Timeout after 3000 ms for request 1b4e28ba-2fa1-11d2-883f-0016d3cca427 table 'incident'");
        ErrorSignature b = ErrorSignature.of("ERROR Timeout after 29 ms for request 6fa459ea-ee8a-3ca4-894e-db77e160355e table 'alarm'");

        assertThat(a).isEqualTo(b);
        assertThat(a.text()).isEqualTo("ERROR Timeout after <n> ms for request <id> table <value>");
    }
}
