package jp.resas.ops.infra;

import static jp.resas.ops.infra.testutils.SynthesizedApp.stacks;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;

/** cdk.json carries the feature flags `cdk init` writes for this aws-cdk-lib, and the app runs with them. */
class FeatureFlagsTest {

    /** The one deliberate deviation: the app keeps strong cross-stack references (docs/infrastructure.md). */
    private static final Map<String, Object> DEVIATIONS = Map.of("@aws-cdk/core:defaultCrossStackReferences", "strong");

    @Test
    void cdkJson_hasEveryRecommendedFlag_ofTheAwsCdkLibInUse() throws IOException {
        Map<String, Object> recommended = recommendedFlags();
        Map<String, Object> expected = new java.util.LinkedHashMap<>(recommended);
        expected.putAll(DEVIATIONS);

        assertThat(recommended).isNotEmpty();
        assertThat(FeatureFlags.read(Path.of(""))).containsAllEntriesOf(expected);
    }

    @Test
    void theSynthesisedApp_runsWithTheFlagsOfCdkJson() {
        Map<String, Object> flags = FeatureFlags.read(Path.of(""));
        var app = stacks().network().getNode().getScope();

        flags.forEach((key, value) -> assertThat(app.getNode().tryGetContext(key)).as(key).isEqualTo(value));
    }

    /** recommended-feature-flags.json of the aws-cdk-lib package inside the jar's jsii bundle. */
    private static Map<String, Object> recommendedFlags() throws IOException {
        Path jar = Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry bundle = zip.stream().filter(e -> e.getName().endsWith(".jsii.tgz")).findFirst().orElseThrow();
            try (InputStream tar = new GZIPInputStream(zip.getInputStream(bundle), 1 << 16)) {
                byte[] json = tarEntry(tar, "package/recommended-feature-flags.json");
                @SuppressWarnings("unchecked")
                Map<String, Object> flags = new ObjectMapper().readValue(json, Map.class);
                return flags;
            }
        }
    }

    /** The named file of a (ustar) tar stream. */
    private static byte[] tarEntry(InputStream tar, String name) throws IOException {
        byte[] header = new byte[512];
        while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
            String entry = field(header, 0, 100);
            String prefix = field(header, 345, 155);
            String path = prefix.isEmpty() ? entry : prefix + "/" + entry;
            long size = Long.parseLong(field(header, 124, 12).trim(), 8);
            if (path.equals(name)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(tar.readNBytes((int) size));
                return out.toByteArray();
            }
            tar.skipNBytes((size + 511) / 512 * 512);
        }
        throw new IllegalStateException(name + " not found in the aws-cdk-lib jsii bundle");
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
