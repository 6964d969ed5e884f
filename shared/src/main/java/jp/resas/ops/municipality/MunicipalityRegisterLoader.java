package jp.resas.ops.municipality;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds the register from the files shipped under {@code municipality/} on the classpath: prefectures
 * (always valid), the merger history 1980–2020, and the current list, whose designated-city wards are
 * valid whenever their city is (the history is kept at city level).
 */
public final class MunicipalityRegisterLoader {

    private static final String DIR = "/municipality/";
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    /** Codes in the current list but absent from the history appeared after the 2020 census. */
    private static final LocalDate AFTER_HISTORY = LocalDate.of(2020, 10, 2);

    private MunicipalityRegisterLoader() {
    }

    public static MunicipalityRegister shipped() {
        Map<String, Municipality> all = new HashMap<>();
        rows("code4fukui_prefjp-utf8.csv", fields -> {
            // The list writes the six-digit prefecture code without its leading zero (10006 = 010006).
            String sixDigits = "0".repeat(6 - fields[8].strip().length()) + fields[8].strip();
            LocalGovernmentCode code = new LocalGovernmentCode(sixDigits.substring(0, 5));
            all.put(code.fiveDigits(), new Municipality(code, fields[1], false, List.of(new Validity(null, null))));
        });
        MergerHistory history = new MergerHistory();
        rows("kondo_municipality_converter_jp.csv", history::add);
        all.putAll(history.municipalities());
        List<String[]> current = new ArrayList<>();
        rows("code4fukui_localgovjp-utf8.csv", current::add);
        Map<String, String> cityCodes = new HashMap<>();
        current.forEach(fields -> cityCodes.put(fields[1] + fields[3], MergerHistory.pad(fields[2])));
        for (String[] fields : current) {
            String code = MergerHistory.pad(fields[2]);
            if (all.containsKey(code)) {
                continue;
            }
            String[] cityAndWard = fields[3].split(" ", 2);
            Municipality city = cityAndWard.length == 2 ? all.get(cityCodes.get(fields[1] + cityAndWard[0])) : null;
            List<Validity> validity = city != null ? city.validity() : List.of(new Validity(AFTER_HISTORY, null));
            all.put(code, new Municipality(new LocalGovernmentCode(code), fields[1] + " " + fields[3], city != null, validity));
        }
        return new MunicipalityRegister(all);
    }

    private static void rows(String file, Consumer<String[]> row) {
        try (InputStream in = MunicipalityRegisterLoader.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("municipality list missing from the classpath: " + DIR + file);
            }
            try (MappingIterator<String[]> rows = CSV.readerFor(String[].class)
                    .with(CsvSchema.emptySchema().withSkipFirstDataRow(true))
                    .readValues(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                while (rows.hasNextValue()) {
                    row.accept(rows.nextValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + file, e);
        }
    }
}
