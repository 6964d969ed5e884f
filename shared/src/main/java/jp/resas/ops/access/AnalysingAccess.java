package jp.resas.ops.access;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import jp.resas.ops.monitoring.runs.CollectionPeriod;

/**
 * One Japan-time day of access: the UTC log files that can hold it (15:00 the day before to 15:00),
 * records outside the day dropped. A page view is a successful GET (2xx, 304) of a page: a path
 * ending in {@code /} or {@code .html}, or without an extension (assets are requests, not views).
 * A visitor is a distinct SHA-256 of a salt, client IP and user agent; the salt is random per run
 * and never stored, so the count cannot be linked to a person or across days.
 */
public final class AnalysingAccess {

    private static final int TOP = 50;

    private final AccessLogs logs;
    private final byte[] salt;

    public AnalysingAccess(AccessLogs logs, byte[] salt) {
        this.logs = logs;
        this.salt = salt.clone();
    }

    public AccessDay analyse(LocalDate day) {
        Instant start = day.atStartOfDay(CollectionPeriod.JST).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(CollectionPeriod.JST).toInstant();
        List<String> files = new ArrayList<>(logs.files(day.minusDays(1), 15, 24));
        files.addAll(logs.files(day, 0, 15));
        if (files.isEmpty()) {
            throw new IllegalStateException("no CloudFront log file for " + day + " (JST)");
        }
        Tally tally = new Tally();
        for (String file : files) {
            try (BufferedReader reader = reader(logs.open(file))) {
                CloudFrontLogParser.parse(file, reader, record -> {
                    if (!record.at().isBefore(start) && record.at().isBefore(end)) {
                        tally.add(record);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new AccessDay(day, tally.requests, tally.pageViews, tally.visitors.size(), files.size(),
                Map.of("PAGE", top(tally.pages), "MENU", top(tally.menus), "STATUS", tally.statuses,
                        "REFERRER", top(tally.referrers)), List.of());
    }

    private static BufferedReader reader(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    }

    private static Map<String, Long> top(Map<String, Long> counts) {
        Map<String, Long> top = new HashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return top;
    }

    private final class Tally {
        long requests;
        long pageViews;
        final Set<String> visitors = new HashSet<>();
        final Map<String, Long> pages = new HashMap<>();
        final Map<String, Long> menus = new HashMap<>();
        final Map<String, Long> statuses = new HashMap<>();
        final Map<String, Long> referrers = new HashMap<>();

        void add(AccessRecord record) {
            requests++;
            statuses.merge(record.status() / 100 + "xx", 1L, Long::sum);
            boolean success = record.status() / 100 == 2 || record.status() == 304;
            if (!record.method().equals("GET") || !success || !isPage(record.path())) {
                return;
            }
            pageViews++;
            visitors.add(visitor(record));
            pages.merge(record.path(), 1L, Long::sum);
            menus.merge(menu(record.path()), 1L, Long::sum);
            referrers.merge(referrerHost(record.referrer()), 1L, Long::sum);
        }

        private String visitor(AccessRecord record) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update(salt);
                sha.update((record.clientIp() + "\n" + record.userAgent()).getBytes(StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JRE", e);
            }
        }
    }

    static boolean isPage(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() || last.endsWith(".html") || !last.contains(".");
    }

    /** RESAS menus are the first path segment ({@code /population/…}); a top-level page is the top. */
    static String menu(String path) {
        String[] segments = path.split("/");
        return segments.length > 2 ? "/" + segments[1] : "(top)";
    }

    static String referrerHost(String referrer) {
        if (referrer == null || referrer.equals("-") || referrer.isBlank()) {
            return "(direct)";
        }
        String rest = referrer.contains("://") ? referrer.substring(referrer.indexOf("://") + 3) : referrer;
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
