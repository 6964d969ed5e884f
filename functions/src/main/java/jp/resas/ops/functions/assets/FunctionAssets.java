package jp.resas.ops.functions.assets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import jp.resas.ops.catalogue.AssetSpec;
import jp.resas.ops.catalogue.Catalogue;
import jp.resas.ops.catalogue.FunctionSpec;
import jp.resas.ops.catalogue.PartSpec;

/**
 * Cuts the catalogue's deployment assets out of the shaded functions jar (run by the functions module at
 * {@code package}, after the shade plugin): {@code ASSETS_DIR/NAME.jar} for each asset of
 * {@code catalogue/functions.json}, holding every entry of the shaded jar except those of the parts the asset
 * does not keep, every kept entry copied as it is (its compressed bytes and time: the same input gives the same
 * bytes, so CDK's asset hash moves only with the code, and nothing is compressed again), and {@code ASSETS_DIR/assets.tsv}: each asset's name, size in bytes,
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
        for (AssetSpec asset : catalogue.assets()) {
            written.add(write(shaded, catalogue.leftOut(asset), asset, directory.resolve(asset.fileName())));
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

    /**
     * A copy of the shaded jar with the left-out entries deleted through the JDK's zip file system, which copies
     * every entry it keeps as it is (compressed bytes and time untouched: nothing is compressed again).
     */
    private static Written write(Path shaded, List<PartSpec> leftOut, AssetSpec asset, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.copy(shaded, partial, StandardCopyOption.REPLACE_EXISTING);
        int entries = 0;
        try (FileSystem zip = FileSystems.newFileSystem(partial)) {
            List<Path> doomed = new ArrayList<>();
            Path root = zip.getPath("/");
            try (Stream<Path> all = Files.walk(root)) {
                for (Path path : (Iterable<Path>) all::iterator) {
                    if (path.equals(root)) {
                        continue;
                    }
                    String name = root.relativize(path) + (Files.isDirectory(path) ? "/" : "");
                    if (leftOut.stream().anyMatch(part -> part.holds(name))) {
                        doomed.add(path);
                    } else {
                        entries++;
                    }
                }
            }
            // Deepest first: a folder is empty when its turn comes.
            doomed.sort(Comparator.comparingInt(Path::getNameCount).reversed());
            for (Path path : doomed) {
                Files.delete(path);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        // Nothing half-written: the asset appears whole or not at all.
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Written(asset, target, Files.size(target), entries);
    }
}
