package jp.resas.ops.functions.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The e-Stat appId as kept in Secrets Manager: the plain appId (what {@code put-secret-value
 * --secret-string <appId>} stores), or a JSON object with an {@code appId} field. The value is a
 * credential: no message here ever contains it.
 */
final class EstatSecret {

    private EstatSecret() {
    }

    static String appId(String secretText, String secretArn) {
        String text = secretText == null ? "" : secretText.strip();
        if (text.startsWith("{")) {
            try {
                text = new ObjectMapper().readTree(text).path("appId").asText("").strip();
            } catch (IOException e) {
                throw new IllegalStateException("e-Stat secret " + secretArn + " starts like JSON but is not JSON");
            }
            if (text.isEmpty()) {
                throw new IllegalStateException("e-Stat secret " + secretArn + " is JSON without a non-empty 'appId'");
            }
        }
        if (text.isEmpty()) {
            throw new IllegalStateException("e-Stat secret " + secretArn + " is empty");
        }
        return text;
    }
}
