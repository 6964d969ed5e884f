package jp.resas.ops.testutils;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * S3's REST wire format for PutObject and GetObject, path-style, on a JDK {@code HttpServer}: enough
 * for the real SDK client to talk to. Objects are kept with the {@code x-amz-checksum-sha256} they came
 * with; a PUT whose body does not match that checksum is refused as S3 refuses it.
 */
public final class FakeS3 implements AutoCloseable {

    /** One request as received: method, path and the headers the test may look at. */
    public record Request(String method, String path, Map<String, List<String>> headers) {
    }

    private record StoredObject(byte[] content, String sha256) {
    }

    private final HttpServer server;
    private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    /** {@code /bucket/key} → its version ids, oldest first (a versioned bucket: each PUT adds one). */
    private final Map<String, List<String>> versions = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong nextVersion = new java.util.concurrent.atomic.AtomicLong(1);

    public FakeS3() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** {@code /bucket/key} → bytes, as stored. */
    public Map<String, byte[]> objects() {
        Map<String, byte[]> copy = new ConcurrentHashMap<>();
        objects.forEach((path, object) -> copy.put(path, object.content()));
        return copy;
    }

    /** {@code /bucket/key} → how many versions are stored. */
    public int versions(String path) {
        return versions.getOrDefault(path, List.of()).size();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders())));
        byte[] body = exchange.getRequestBody().readAllBytes();
        String payload = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        if (payload != null && payload.startsWith("STREAMING-")) {
            body = dechunk(body);
        }
        switch (exchange.getRequestMethod()) {
            case "PUT" -> put(exchange, path, body);
            case "GET" -> {
                String query = exchange.getRequestURI().getQuery();
                if (query != null && (query.equals("versions") || query.startsWith("versions&") || query.contains("&versions"))) {
                    listVersions(exchange, path, query);
                } else {
                    get(exchange, path);
                }
            }
            case "DELETE" -> deleteVersion(exchange, path, exchange.getRequestURI().getQuery());
            default -> error(exchange, 405, "MethodNotAllowed", path);
        }
    }

    private void put(HttpExchange exchange, String path, byte[] body) throws IOException {
        String claimed = exchange.getRequestHeaders().getFirst("x-amz-checksum-sha256");
        String actual = java.util.Base64.getEncoder().encodeToString(jp.resas.ops.attachment.Sha256.digest(body));
        if (claimed != null && !claimed.equals(actual)) {
            error(exchange, 400, "BadDigest", path);
            return;
        }
        objects.put(path, new StoredObject(body, actual));
        versions.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add("v" + nextVersion.getAndIncrement());
        exchange.getResponseHeaders().add("ETag", "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"");
        exchange.getResponseHeaders().add("x-amz-checksum-sha256", actual);
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    private void get(HttpExchange exchange, String path) throws IOException {
        StoredObject object = objects.get(path);
        if (object == null) {
            error(exchange, 404, "NoSuchKey", path);
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.getResponseHeaders().add("ETag", "\"" + Integer.toHexString(java.util.Arrays.hashCode(object.content()))
                + "\"");
        exchange.sendResponseHeaders(200, object.content().length);
        exchange.getResponseBody().write(object.content());
        exchange.close();
    }

    /**
     * ListObjectVersions ({@code GET /bucket?versions&prefix=…}): the ListVersionsResult document of the S3
     * API reference, every version in one page.
     */
    private void listVersions(HttpExchange exchange, String path, String query) throws IOException {
        String bucket = path.replaceAll("^/|/$", "");
        String prefix = "";
        for (String part : query.split("&")) {
            if (part.startsWith("prefix=")) {
                prefix = java.net.URLDecoder.decode(part.substring(7), StandardCharsets.UTF_8);
            }
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ListVersionsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>" + bucket + "</Name>"
                + "<Prefix>" + prefix + "</Prefix><KeyMarker></KeyMarker><VersionIdMarker></VersionIdMarker>"
                + "<MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>");
        String start = "/" + bucket + "/" + prefix;
        for (Map.Entry<String, List<String>> entry : new java.util.TreeMap<>(versions).entrySet()) {
            if (!entry.getKey().startsWith(start)) {
                continue;
            }
            String key = entry.getKey().substring(bucket.length() + 2);
            List<String> ids = entry.getValue();
            for (int i = ids.size() - 1; i >= 0; i--) {
                xml.append("<Version><Key>").append(key).append("</Key><VersionId>").append(ids.get(i))
                        .append("</VersionId><IsLatest>").append(i == ids.size() - 1)
                        .append("</IsLatest><LastModified>2026-11-28T00:00:00.000Z</LastModified><ETag>\"e\"</ETag>"
                                + "<Size>1</Size><StorageClass>STANDARD</StorageClass></Version>");
            }
        }
        byte[] answer = xml.append("</ListVersionsResult>").toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    /** DeleteObject with {@code versionId}: that version goes for good (204, as S3 answers, also when absent). */
    private void deleteVersion(HttpExchange exchange, String path, String query) throws IOException {
        String versionId = query == null ? null : java.util.Arrays.stream(query.split("&"))
                .filter(p -> p.startsWith("versionId=")).map(p -> p.substring(10)).findFirst().orElse(null);
        List<String> ids = versions.get(path);
        if (versionId == null) {
            error(exchange, 400, "InvalidRequest", path);
            return;
        }
        if (ids != null) {
            boolean latest = !ids.isEmpty() && ids.get(ids.size() - 1).equals(versionId);
            ids.remove(versionId);
            if (ids.isEmpty()) {
                versions.remove(path);
                objects.remove(path);
            } else if (latest) {
                objects.remove(path);
            }
        }
        exchange.getResponseHeaders().add("x-amz-version-id", versionId);
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    /**
     * The aws-chunked encoding the SDK uses for signed streaming uploads over HTTP: {@code
     * <hex size>;chunk-signature=<sig>\r\n<bytes>\r\n} until a chunk of size 0.
     */
    private static byte[] dechunk(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOfCrlf(body, at);
            String header = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";", 2)[0].strip(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOfCrlf(byte[] body, int from) {
        for (int i = from; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalArgumentException("aws-chunked body without a chunk header at " + from);
    }

    private static void error(HttpExchange exchange, int status, String code, String resource) throws IOException {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + code
                + "</Message><Resource>" + resource + "</Resource><RequestId>fake</RequestId></Error>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.sendResponseHeaders(status, xml.length);
        exchange.getResponseBody().write(xml);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
