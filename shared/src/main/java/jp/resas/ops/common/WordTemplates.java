package jp.resas.ops.common;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Word templates kept as resources, filled by poi-tl: {@code {{tag}}} places and looping table rows. */
public final class WordTemplates {

    private WordTemplates() {
    }

    /** Fills a template of the classpath; {@code tables} are the tags bound to a looping table row. */
    public static byte[] fill(String template, Map<String, Object> data, String... tables) {
        LoopRowTableRenderPolicy rows = new LoopRowTableRenderPolicy();
        var builder = Configure.builder();
        for (String table : tables) {
            builder.bind(table, rows);
        }
        try (InputStream in = WordTemplates.class.getResourceAsStream(template)) {
            if (in == null) {
                throw new IllegalStateException("template missing from the classpath: " + template);
            }
            try (XWPFTemplate filled = XWPFTemplate.compile(in, builder.build()).render(data);
                 ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                filled.write(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fill " + template, e);
        }
    }
}
