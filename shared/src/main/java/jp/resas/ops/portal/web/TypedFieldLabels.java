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
 * A field no form labels keeps its name. A chosen value is shown as the form's list showed it, 「中」 not
 * {@code MEDIUM}: the text of the {@code <option value="…">} written in that template's {@code <select
 * id="field-NAME">}, or the value labels of a {@link Source} (options the page builds in code); a value no list
 * names stays as typed.
 */
@Singleton
public final class TypedFieldLabels {

    /** Labels that pages build in code, for the forms posted under a path. */
    public interface Source {

        /** The labels of the fields of a form posted to {@code path}; empty when the path is not this source's. */
        Map<String, String> labels(String path);

        /**
         * Per field of a form posted to {@code path} that the page offers as a list built in code, each value's
         * label as the list shows it; empty when the path is not this source's.
         */
        default Map<String, Map<String, String>> choices(String path) {
            return Map.of();
        }
    }

    /** One posted field as the login page shows it: its name, its form's label, and the value as the form showed it. */
    public record Field(String name, String label, String value) {
    }

    /** What one template labels: each field's label, and each list's option texts by value. */
    record Template(Map<String, String> labels, Map<String, Map<String, String>> choices) {
    }

    private static final Pattern LABEL = Pattern.compile(
            "<label\\b[^>]*\\sfor=\"field-([A-Za-z0-9_.\\-\\[\\]]+)\"[^>]*>(.*?)</label>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SELECT = Pattern.compile(
            "<select\\b[^>]*\\sid=\"field-([A-Za-z0-9_.\\-\\[\\]]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>(.*?)</option>", Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");

    private final Collection<Source> sources;
    private volatile List<Template> templates;

    TypedFieldLabels(Collection<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Each of {@code names} with its label, in their order. */
    public Map<String, String> of(String path, Collection<String> names) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> blank = new LinkedHashMap<>();
        names.forEach(name -> blank.put(name, ""));
        fields(path, blank).forEach(field -> labels.put(field.name(), field.label()));
        return labels;
    }

    /**
     * Each posted field ({@code typed}: name to value, in the form's order) with its label and its value as the
     * form's list showed it (each line of a multi-valued field on its own).
     */
    public List<Field> fields(String path, Map<String, String> typed) {
        Map<String, String> fromCode = new HashMap<>();
        Map<String, Map<String, String>> choicesFromCode = new HashMap<>();
        sources.forEach(source -> {
            fromCode.putAll(source.labels(path));
            choicesFromCode.putAll(source.choices(path));
        });
        Template best = new Template(Map.of(), Map.of());
        long covered = 0;
        for (Template template : templates()) {
            long n = typed.keySet().stream().filter(template.labels()::containsKey).count();
            if (n > covered) {
                best = template;
                covered = n;
            }
        }
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, String> entry : typed.entrySet()) {
            String name = entry.getKey();
            Map<String, String> choices = choicesFromCode.getOrDefault(name, best.choices().getOrDefault(name, Map.of()));
            String value = entry.getValue().lines().map(line -> choices.getOrDefault(line, line))
                    .collect(java.util.stream.Collectors.joining("\n"));
            fields.add(new Field(name, fromCode.getOrDefault(name, best.labels().getOrDefault(name, name)), value));
        }
        return fields;
    }

    private List<Template> templates() {
        List<Template> read = templates;
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

    /**
     * Per list of a template ({@code <select id="field-NAME">}), its options' texts by value, as written in the
     * template (an option whose text a template expression writes is not known here: its page names it as a
     * {@link Source}).
     */
    static Map<String, Map<String, String>> choices(String html) {
        Map<String, Map<String, String>> choices = new LinkedHashMap<>();
        Matcher select = SELECT.matcher(html);
        while (select.find()) {
            Map<String, String> options = new LinkedHashMap<>();
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                Matcher value = VALUE.matcher(option.group(1));
                String text = TAG.matcher(option.group(2)).replaceAll("").replaceAll("\\s+", " ").strip();
                if (value.find() && !value.group(1).isEmpty() && !text.isEmpty()
                        && !option.group(1).contains("th:text") && !option.group(1).contains("th:each")) {
                    options.putIfAbsent(org.unbescape.html.HtmlEscape.unescapeHtml(value.group(1)),
                            org.unbescape.html.HtmlEscape.unescapeHtml(text));
                }
            }
            if (!options.isEmpty()) {
                choices.putIfAbsent(select.group(1), Map.copyOf(options));
            }
        }
        return choices;
    }

    private static List<Template> read() {
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

    private static List<Template> read(Path views) throws IOException {
        List<Template> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(views)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    Map<String, String> labels = labels(html);
                    if (!labels.isEmpty()) {
                        all.add(new Template(labels, choices(html)));
                    }
                }
            }
        }
        return List.copyOf(all);
    }
}
