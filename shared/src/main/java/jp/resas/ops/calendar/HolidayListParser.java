package jp.resas.ops.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the Cabinet Office holiday file format ({@code 国民の祝日・休日月日,国民の祝日・休日名称},
 * then one {@code YYYY/M/D,名称} row per day), for the shipped list and for an administrator's
 * newer file alike. The whole file is checked before anything is returned, so a bad file is
 * rejected with the first fault and nothing half-imported.
 */
public final class HolidayListParser {

    /** The header the Cabinet Office has always written; checking it catches mis-decoded files. */
    static final String HEADER = "国民の祝日・休日月日,国民の祝日・休日名称";
    static final String SHIPPED_RESOURCE = "/calendar/syukujitsu.csv";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT);

    /** The Cabinet Office list shipped with RESAS Ops (see calendar/MANIFEST.md). */
    public HolidayList parseShipped() {
        try (InputStream in = HolidayListParser.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHIPPED_RESOURCE);
            }
            return parse(in.readAllBytes(), "syukujitsu.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a whole holiday file.
     *
     * @param content the file's bytes (Shift_JIS/Windows-31J, or UTF-8 with or without BOM)
     * @param source  the file's name, used in error messages
     * @throws HolidayListFormatException naming the line and fault of the first problem found
     */
    public HolidayList parse(byte[] content, String source) {
        String[] lines = HolidayFileText.decode(content, source).split("\r\n|\n|\r", -1);
        if (!HEADER.equals(stripQuotes(lines[0].strip()))) {
            throw new HolidayListFormatException(source, 1, "expected the header '" + HEADER
                    + "' but found '" + lines[0].strip() + "' (wrong file, or wrong encoding?)");
        }
        Map<LocalDate, Holiday> holidays = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                Holiday holiday = parseRow(line, i + 1, source);
                if (holidays.putIfAbsent(holiday.date(), holiday) != null) {
                    throw new HolidayListFormatException(source, i + 1,
                            "duplicate date " + holiday.date() + " (already listed)");
                }
            }
        }
        if (holidays.isEmpty()) {
            throw new HolidayListFormatException(source, 0, "the file has a header but no holidays");
        }
        HolidayList list = new HolidayList(source, holidays.values());
        requireEveryYear(list, source);
        return list;
    }

    private static Holiday parseRow(String line, int lineNumber, String source) {
        String[] cells = line.split(",", -1);
        if (cells.length != 2) {
            throw new HolidayListFormatException(source, lineNumber,
                    "expected 2 columns (date,name) but found " + cells.length + ": '" + line + "'");
        }
        String date = stripQuotes(cells[0].strip());
        String name = stripQuotes(cells[1].strip());
        if (name.isEmpty()) {
            throw new HolidayListFormatException(source, lineNumber, "missing name for " + date);
        }
        try {
            return new Holiday(LocalDate.parse(date, DATE), name);
        } catch (DateTimeException e) {
            throw new HolidayListFormatException(source, lineNumber,
                    "bad date '" + date + "' (expected an existing day written YYYY/M/D)");
        }
    }

    /** Every year has 元日, so a year with no row means a truncated or spliced file. */
    private static void requireEveryYear(HolidayList list, String source) {
        for (int year = list.firstYear(); year <= list.lastYear(); year++) {
            if (list.holidaysOf(year).isEmpty()) {
                throw new HolidayListFormatException(source, 0, "no holidays listed for " + year
                        + ", between " + list.firstYear() + " and " + list.lastYear());
            }
        }
    }

    /** Spreadsheet programs quote cells when re-saving; the Cabinet Office file does not. */
    private static String stripQuotes(String cell) {
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            return cell.substring(1, cell.length() - 1).strip();
        }
        return cell;
    }
}
