package jp.resas.ops.functions.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * A local endpoint answering Secrets Manager's GetSecretValue in its wire format (JSON 1.1,
 * {@code X-Amz-Target: secretsmanager.GetSecretValue}; response fields ARN, Name, VersionId,
 * SecretString, VersionStages, CreatedDate as in the API reference's example), and
 * {@code ResourceNotFoundException} (HTTP 400, {@code __type}) for a secret it does not hold.
 */
final class SecretsManagerEndpoint implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final Map<String, String[]> secrets = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    SecretsManagerEndpoint() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            JsonNode request = json.readTree(exchange.getRequestBody());
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String id = request.path("SecretId").asText();
            asked.add(target + " " + id);
            String[] secret = secrets.get(id);
            ObjectNode body = json.createObjectNode();
            int status = 200;
            if (!"secretsmanager.GetSecretValue".equals(target) || secret == null) {
                status = 400;
                body.put("__type", "ResourceNotFoundException");
                body.put("Message", "Secrets Manager can't find the specified secret.");
            } else {
                body.put("ARN", id).put("Name", id.replaceFirst(".*:secret:", "")).put("VersionId", secret[1])
                        .put("SecretString", secret[0]).put("CreatedDate", 1.523477145713E9);
                body.putArray("VersionStages").add("AWSCURRENT");
            }
            byte[] bytes = json.writeValueAsBytes(body);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** Stores (or rotates to) a new version of the secret. */
    void put(String arn, String secretString, String versionId) {
        secrets.put(arn, new String[] {secretString, versionId});
    }

    /** "target secretId" of every request received, in order. */
    List<String> asked() {
        return List.copyOf(asked);
    }


    /** The real SDK client, pointed here. */
    SecretsManagerClient client() {
        return SecretsManagerClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.AP_NORTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
