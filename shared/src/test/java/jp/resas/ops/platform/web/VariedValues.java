package jp.resas.ops.platform.web;

import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Values for comparing a hand-written {@link ViewJson} with Jackson's bean serializer: nulls, texts that need
 * escaping (quotes, backslashes, control characters, line separators), Japanese, characters outside the BMP, and
 * timestamps at the edges of what the instant writer handles.
 */
public final class VariedValues {

    private static final List<String> TEXTS = List.of("", " ", "a", "障害 ベンチマーク", "\"quoted\" \\ back\\slash",
            "line\nbreak\ttab\r", "\u0000\u0001\u001f\u007f", "\u2028\u2029", "😀 𠮷野家", "</script><b>&amp;",
            "ｶﾀｶﾅ ａｂｃ", "x".repeat(300), "é\u0301", "\uFEFFbom", "key=value; other", "INQ-12");
    private static final List<Instant> INSTANTS = List.of(Instant.EPOCH, Instant.MIN, Instant.MAX,
            Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
            Instant.parse("9999-12-31T23:59:59.999999999Z").plusNanos(1), Instant.parse("1969-12-31T23:59:59.999Z"),
            Instant.parse("2026-11-29T00:00:00Z"), Instant.parse("2026-11-29T12:00:00.100Z"),
            Instant.parse("2026-11-29T12:00:00.000100Z"), Instant.parse("2026-11-29T12:00:00.000000100Z"),
            Instant.parse("2024-02-29T23:59:59.5Z"));
    private static final List<LocalDate> DATES = List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
            LocalDate.of(10_000, 1, 1), LocalDate.of(-1, 6, 30), LocalDate.of(2026, 2, 28), LocalDate.EPOCH);

    private final SplittableRandom random;

    public VariedValues(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A copy of {@code mapper} that writes {@code types} with Jackson's bean serializer, as before the hand-written one. */
    public static ObjectMapper beanSerializing(ObjectMapper mapper, Class<?>... types) {
        ObjectMapper plain = mapper.copy();
        for (Class<?> type : types) {
            plain.addMixIn(type, BeanSerialized.class);
        }
        return plain;
    }

    /** Mixed in: the view's own {@code @JsonSerialize(using = …)} replaced by none (Jackson's bean serializer). */
    @JsonSerialize(using = JsonSerializer.None.class)
    private abstract static class BeanSerialized {
    }

    public String text() {
        return random.nextInt(8) == 0 ? null : nonNullText();
    }

    public String nonNullText() {
        int choice = random.nextInt(TEXTS.size() + 4);
        if (choice < TEXTS.size()) {
            return TEXTS.get(choice);
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(switch (random.nextInt(5)) {
                case 0 -> random.nextInt(0x20, 0x7f);
                case 1 -> random.nextInt(0x00, 0x20);
                case 2 -> random.nextInt(0x3040, 0x9fff);
                case 3 -> random.nextInt(0x1f300, 0x1f6ff);
                default -> random.nextInt(0xa0, 0xd7ff);
            });
        }
        return text.toString();
    }

    public Instant instant() {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> INSTANTS.get(random.nextInt(INSTANTS.size()));
            default -> Instant.ofEpochSecond(random.nextLong(-70_000_000_000L, 260_000_000_000L),
                    random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
        };
    }

    public Instant nonNullInstant() {
        Instant instant = instant();
        return instant == null ? Instant.EPOCH : instant;
    }

    public LocalDate date() {
        return switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> DATES.get(random.nextInt(DATES.size()));
            default -> LocalDate.ofEpochDay(random.nextLong(-400_000, 2_900_000));
        };
    }

    public long number() {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
            default -> random.nextLong(-1_000_000, 1_000_000_000);
        };
    }

    public int smallNumber() {
        return random.nextInt(8) == 0 ? Integer.MIN_VALUE : random.nextInt(-5, 100);
    }

    public boolean bool() {
        return random.nextBoolean();
    }

    public int below(int bound) {
        return random.nextInt(bound);
    }

    /** Texts by text, in insertion order; sometimes null, empty, or with a null value. */
    public Map<String, String> texts() {
        if (random.nextInt(10) == 0) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            texts.put(nonNullText() + i, text());
        }
        return texts;
    }
}
