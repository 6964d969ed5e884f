package jp.resas.ops.municipality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Kondo's converter table: one row per 1980 municipality with its code at each census (1 October
 * 1980, 1985, …, 2020) and Japanese notes dating each merger. A code's validity runs between the
 * censuses it appears in; where a note dates the change inside the five-year gap, that date bounds it,
 * otherwise the whole gap is accepted (lenient: a real code is never refused for lack of a date).
 */
final class MergerHistory {

    static final int FIRST_CENSUS = 1980;
    static final int CENSUSES = 9;
    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    private final Map<String, boolean[]> presence = new HashMap<>();
    private final Map<String, List<LocalDate>> noteDates = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    /** @param fields one data row of {@code kondo_municipality_converter_jp.csv} */
    void add(String[] fields) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 1 + 2 * CENSUSES; i < fields.length; i++) {
            Matcher matcher = DATE.matcher(fields[i]);
            while (matcher.find()) {
                dates.add(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))));
            }
        }
        for (int census = 0; census < CENSUSES; census++) {
            String raw = fields[1 + census];
            if (raw.isBlank()) {
                continue;
            }
            String code = new LocalGovernmentCode(pad(raw)).fiveDigits();
            presence.computeIfAbsent(code, key -> new boolean[CENSUSES])[census] = true;
            noteDates.computeIfAbsent(code, key -> new ArrayList<>()).addAll(dates);
            names.put(code, fields[1 + CENSUSES + census]);
        }
    }

    Map<String, Municipality> municipalities() {
        Map<String, Municipality> result = new HashMap<>();
        presence.forEach((code, present) -> result.put(code, new Municipality(new LocalGovernmentCode(code),
                names.get(code), false, validity(present, noteDates.get(code)))));
        return result;
    }

    static LocalDate census(int index) {
        return LocalDate.of(FIRST_CENSUS + 5 * index, 10, 1);
    }

    static String pad(String code) {
        String digits = code.strip();
        return "0".repeat(Math.max(0, 5 - digits.length())) + digits;
    }

    private static List<Validity> validity(boolean[] present, List<LocalDate> dates) {
        List<Validity> periods = new ArrayList<>();
        int census = 0;
        while (census < CENSUSES) {
            if (!present[census]) {
                census++;
                continue;
            }
            int first = census;
            while (census < CENSUSES && present[census]) {
                census++;
            }
            int last = census - 1;
            LocalDate from = first == 0 ? null : earliestIn(dates, census(first - 1), census(first));
            LocalDate until = last == CENSUSES - 1 ? null : latestIn(dates, census(last), census(last + 1));
            periods.add(new Validity(from, until));
        }
        return periods;
    }

    private static LocalDate earliestIn(List<LocalDate> dates, LocalDate after, LocalDate upTo) {
        return dates.stream().filter(date -> date.isAfter(after) && !date.isAfter(upTo)).min(LocalDate::compareTo)
                .orElse(after.plusDays(1));
    }

    private static LocalDate latestIn(List<LocalDate> dates, LocalDate after, LocalDate upTo) {
        return dates.stream().filter(date -> date.isAfter(after) && !date.isAfter(upTo)).max(LocalDate::compareTo)
                .orElse(upTo);
    }
}
