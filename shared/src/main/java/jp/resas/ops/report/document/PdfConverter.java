package jp.resas.ops.report.document;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PDF copy of the Word file through LibreOffice ({@code soffice --headless --convert-to pdf}), each
 * conversion with its own private profile so parallel conversions never share one. Without LibreOffice
 * the PDF is skipped and {@link #note()} says so.
 */
public final class PdfConverter {

    private static final long TIMEOUT_SECONDS = 180;

    private final String soffice;
    private final boolean available;

    /**
     * @param soffice    the LibreOffice command: a path, or a name looked up in {@code searchPath}
     * @param searchPath the directories of the {@code PATH}, separated as the platform separates them
     */
    public PdfConverter(String soffice, String searchPath) {
        this.soffice = soffice;
        this.available = onPath(soffice, searchPath == null ? "" : searchPath);
    }

    public boolean available() {
        return available;
    }

    /** The cover's line about the PDF copy. */
    public String note() {
        return available ? "PDF 版は LibreOffice で本ファイルから変換しています。"
                : "PDF 版は作成していません（LibreOffice が導入されていない環境のため）。";
    }

    /** @return the PDF, or empty when LibreOffice is not installed */
    public Optional<byte[]> convert(byte[] docx, String baseName) {
        if (!available) {
            return Optional.empty();
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("resas-report-pdf");
            Path source = work.resolve("report.docx");
            Files.write(source, docx);
            Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + work.resolve("profile").toUri(),
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.toString(), source.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("LibreOffice did not convert " + baseName + " within " + TIMEOUT_SECONDS + " s");
            }
            Path pdf = work.resolve("report.pdf");
            if (process.exitValue() != 0 || !Files.exists(pdf)) {
                throw new IllegalStateException("LibreOffice could not convert " + baseName + " (exit " + process.exitValue()
                        + "): " + Files.readString(work.resolve("soffice.log"), StandardCharsets.UTF_8).strip());
            }
            return Optional.of(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run LibreOffice for " + baseName, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting " + baseName, e);
        } finally {
            delete(work);
        }
    }

    private static boolean onPath(String command, String path) {
        if (command.contains(File.separator)) {
            return Files.isExecutable(Path.of(command));
        }
        return List.of(path.split(File.pathSeparator)).stream().anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + directory, e);
        }
    }
}
