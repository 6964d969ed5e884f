package jp.resas.ops.notification.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.notification.ChatWebhookUrl;
import jp.resas.ops.notification.Notification;
import jp.resas.ops.notification.Pager;

/**
 * Posts a notification to a chat incoming webhook in Slack's format ({@code {"text": …}} as JSON, which
 * Slack, Mattermost, Rocket.Chat and Google Chat accept): the subject in bold, the body, the link.
 * Answers 429, 408 and 5xx, and failed connections, are tried again up to {@code attempts} times,
 * waiting {@code backoff}, then twice that, … (or the {@code Retry-After} the service asked for, up to
 * 30 s); any other refusal (a revoked webhook: 403, 404, 410) throws at once. What still fails throws,
 * and the outbox keeps the notification for its next attempt. The URL is never put in a message.
 */
final class ChatWebhookPager implements Pager {

    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final ChatWebhookUrl url;
    private final int attempts;
    private final Duration backoff;

    ChatWebhookPager(HttpClient http, ChatWebhookUrl url, int attempts, Duration backoff) {
        if (attempts < 1) {
            throw new IllegalArgumentException("resas.notifications.chat.attempts must be at least 1, was " + attempts);
        }
        this.http = http;
        this.url = url;
        this.attempts = attempts;
        this.backoff = backoff;
    }

    @Override
    public void send(Notification notification) {
        HttpRequest request = HttpRequest.newBuilder(url.current())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload(notification), StandardCharsets.UTF_8))
                .build();
        Duration wait = backoff;
        String failure = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Optional<Duration> retryAfter = Optional.empty();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return;
                }
                failure = "chat webhook answered " + status + ": " + excerpt(response.body());
                if (status != 429 && status != 408 && status < 500) {
                    throw new IllegalStateException(failure + " (not retried)");
                }
                retryAfter = response.headers().firstValue("Retry-After").flatMap(ChatWebhookPager::seconds);
            } catch (IOException e) {
                failure = "chat webhook unreachable: " + e.getClass().getSimpleName() + " " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while posting to the chat webhook", e);
            }
            if (attempt < attempts) {
                pause(retryAfter.map(ChatWebhookPager::capped).orElse(wait));
                wait = wait.multipliedBy(2);
            }
        }
        throw new IllegalStateException(failure + " (after " + attempts + " attempts)");
    }

    @Override
    public String channel() {
        return "chat";
    }

    static String payload(Notification notification) {
        StringBuilder text = new StringBuilder("*").append(notification.subject()).append("*\n").append(notification.body());
        if (notification.portalLink() != null && !notification.body().contains(notification.portalLink())) {
            text.append('\n').append(notification.portalLink());
        }
        try {
            return JSON.writeValueAsString(Map.of("text", text.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the chat message as JSON", e);
        }
    }

    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration capped(Duration wait) {
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry the chat webhook", e);
        }
    }

    private static String excerpt(String body) {
        String line = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
