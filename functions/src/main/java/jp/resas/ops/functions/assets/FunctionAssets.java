package jp.resas.ops.functions.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import jp.resas.ops.catalogue.AssetSpec;
import jp.resas.ops.catalogue.Catalogue;
import jp.resas.ops.catalogue.FunctionSpec;
import jp.resas.ops.catalogue.PartSpec;

/**
 * Cuts the catalogue's deployment assets out of the shaded functions jar (run by the functions module at
 * {@code package}, after the shade plugin): {@code ASSETS_DIR/NAME.jar} for each asset of
 * {@code catalogue/functions.json}, holding every entry of the shaded jar except those of the parts the asset
 * does not keep, each entry with its time in the shaded jar (the same input gives the same bytes, so CDK's
 * asset hash moves only with the code), and {@code ASSETS_DIR/assets.tsv}: each asset's name, size in bytes,
 * entries and functions. Usage: {@code FunctionAssets SHADED_JAR ASSETS_DIR}.
 */
public final class FunctionAssets {

    /** The file listing each asset's size. */
    public static final String SIZES = "assets.tsv";

    private FunctionAssets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: FunctionAssets SHADED_JAR ASSETS_DIR");
        }
        write(Catalogue.load(), Path.of(args[0]), Path.of(args[1]));
    }

    /** One asset as written: its jar, size and number of entries. */
    public record Written(AssetSpec asset, Path jar, long bytes, int entries) {
    }

    /** Writes every asset of {@code catalogue} from {@code shaded} into {@code directory}, and the sizes file. */
    public static List<Written> write(Catalogue catalogue, Path shaded, Path directory) throws IOException {
        if (!Files.isRegularFile(shaded)) {
            throw new IllegalArgumentException("no shaded functions jar at " + shaded.toAbsolutePath());
        }
        Files.createDirectories(directory);
        List<Written> written = new ArrayList<>();
        try (ZipFile source = new ZipFile(shaded.toFile())) {
            for (AssetSpec asset : catalogue.assets()) {
                written.add(write(source, asset, catalogue.leftOut(asset), directory.resolve(asset.fileName())));
            }
        }
        StringBuilder sizes = new StringBuilder("asset\tbytes\tentries\tfunctions\n");
        for (Written w : written) {
            List<String> functions = catalogue.functions().stream()
                    .filter(f -> f.asset().equals(java.util.Optional.of(w.asset().name())))
                    .map(FunctionSpec::name).toList();
            sizes.append(w.asset().name()).append('\t').append(w.bytes()).append('\t').append(w.entries()).append('\t')
                    .append(String.join(",", functions)).append('\n');
        }
        Files.writeString(directory.resolve(SIZES), sizes, StandardCharsets.UTF_8);
        return written;
    }

    private static Written write(ZipFile source, AssetSpec asset, List<PartSpec> leftOut, Path target)
            throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        int entries = 0;
        try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(source.entries())) {
                if (leftOut.stream().anyMatch(part -> part.holds(entry.getName()))) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                zip.putNextEntry(copy);
                if (!entry.isDirectory()) {
                    try (InputStream in = source.getInputStream(entry)) {
                        in.transferTo(zip);
                    }
                }
                zip.closeEntry();
                entries++;
            }
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        // Nothing half-written: the asset appears whole or not at all.
        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new Written(asset, target, Files.size(target), entries);
    }
}
