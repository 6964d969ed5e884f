package jp.resas.ops.functions.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import jp.resas.ops.notification.ChatWebhookUrl;

/**
 * The chat webhook's URL, read from its Secrets Manager secret ({@code RESAS_CHAT_WEBHOOK_SECRET_ARN})
 * when a notification is sent, then kept for {@link #TTL}: never during initialisation (no copy in a
 * SnapStart snapshot), and a rotated URL is used within minutes. The secret is the URL itself or
 * {@code {"url": "https://hooks.slack.com/services/…"}}.
 */
final class SecretChatWebhookUrl implements ChatWebhookUrl {

    static final Duration TTL = Duration.ofMinutes(5);

    private final SecretStrings secrets;
    private final String secretArn;
    private final Clock clock;
    private URI value;
    private Instant readAt;

    SecretChatWebhookUrl(SecretStrings secrets, String secretArn, Clock clock) {
        this.secrets = secrets;
        this.secretArn = secretArn;
        this.clock = clock;
    }

    @Override
    public synchronized URI current() {
        Instant now = clock.instant();
        if (value == null || !now.isBefore(readAt.plus(TTL))) {
            value = parse(secrets.read(secretArn), secretArn);
            readAt = now;
        }
        return value;
    }

    static URI parse(String secret, String secretArn) {
        String text = secret == null ? "" : secret.strip();
        if (text.startsWith("{")) {
            try {
                JsonNode url = new ObjectMapper().readTree(text).path("url");
                text = url.isTextual() ? url.asText().strip() : "";
            } catch (IOException e) {
                throw new IllegalStateException("secret " + secretArn + " is not JSON with a \"url\" field", e);
            }
        }
        if (!text.startsWith("https://") && !text.startsWith("http://")) {
            throw new IllegalStateException("secret " + secretArn + " does not hold an http(s) webhook URL "
                    + "(the URL itself, or {\"url\": …})");
        }
        return URI.create(text);
    }
}
