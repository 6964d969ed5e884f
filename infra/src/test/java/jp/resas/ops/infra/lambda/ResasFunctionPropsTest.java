package jp.resas.ops.infra.lambda;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Duration;

class ResasFunctionPropsTest {

    @Test
    void missingHandler_isRejectedByName() {
        assertThatThrownBy(() -> ResasFunctionProps.builder().serviceName("x").timeout(Duration.seconds(1)).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("handler is required");
    }

    @Test
    void handlerWithoutMethod_isRejected() {
        assertThatThrownBy(() -> ResasFunctionProps.builder()
                .serviceName("x")
                .handler("jp.resas.ops.functions.api.OpsApiHandler")
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Class::method");
    }
}
