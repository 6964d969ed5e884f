package jp.resas.ops.portal.web;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Japanese labels of a posted form's fields, for the page that shows what was typed when the session had
 * ended ({@link PortalRefusalHandler}): the user reads 「件名（必須）」, not the field's name {@code title}.
 * Labels come from the forms themselves: every {@code <label for="field-NAME">…</label>} with its text written in a
 * template under {@code views/} (read once, at the first use), the template chosen that labels the most of the
 * posted fields; a {@link Source} (the ticket pages: each kind's field labels) names the labels written by code.
 * A field no form labels keeps its name.
 */
@Singleton
public final class TypedFieldLabels {

    /** Labels that pages build in code, for the forms posted under a path. */
    public interface Source {

        /** The labels of the fields of a form posted to {@code path}; empty when the path is not this source's. */
        Map<String, String> labels(String path);
    }

    private static final Pattern LABEL = Pattern.compile(
            "<label\\b[^>]*\\sfor=\"field-([A-Za-z0-9_.\\-\\[\\]]+)\"[^>]*>(.*?)</label>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private final Collection<Source> sources;
    private volatile List<Map<String, String>> templates;

    TypedFieldLabels(Collection<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Each of {@code names} with its label, in their order. */
    public Map<String, String> of(String path, Collection<String> names) {
        Map<String, String> fromCode = new HashMap<>();
        sources.forEach(source -> fromCode.putAll(source.labels(path)));
        Map<String, String> best = Map.of();
        long covered = 0;
        for (Map<String, String> template : templates()) {
            long n = names.stream().filter(template::containsKey).count();
            if (n > covered) {
                best = template;
                covered = n;
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (String name : names) {
            labels.put(name, fromCode.getOrDefault(name, best.getOrDefault(name, name)));
        }
        return labels;
    }

    private List<Map<String, String>> templates() {
        List<Map<String, String>> read = templates;
        if (read == null) {
            read = read();
            templates = read;
        }
        return read;
    }

    /** Per template, each labelled field's first label (its text without tags, spaces collapsed). */
    static Map<String, String> labels(String html) {
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher m = LABEL.matcher(html);
        while (m.find()) {
            String text = TAG.matcher(m.group(2)).replaceAll("").replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                labels.putIfAbsent(m.group(1), text);
            }
        }
        return labels;
    }

    private static List<Map<String, String>> read() {
        URL layout = TypedFieldLabels.class.getClassLoader().getResource("views/layout.html");
        if (layout == null) {
            return List.of();
        }
        try {
            URI uri = layout.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(jar.provider().getPath(uri).getParent());
            }
            return read(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("the portal's templates could not be read: " + e.getMessage(),
                    e));
        }
    }

    private static List<Map<String, String>> read(Path views) throws IOException {
        List<Map<String, String>> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(views)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Map<String, String> labels = labels(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    if (!labels.isEmpty()) {
                        all.add(labels);
                    }
                }
            }
        }
        return List.copyOf(all);
    }
}
