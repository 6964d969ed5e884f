package jp.resas.ops.platform.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants written as JSON text exactly as before ({@link Instant#toString()}, ISO-8601 in UTC with 0, 3, 6 or 9
 * fraction digits), without the JDK's formatter: {@code Instant.toString} builds a {@code LocalDateTime}, two
 * {@code StringBuilder}s and a formatting context per value, half of the JSON writing of a 50-item list page
 * (issue 18). Registered after the JavaTime module so it is the one Jackson picks; a property with its own
 * {@code @JsonFormat}, and timestamps when a mapper is told to write them, go through Jackson's serializer as before.
 */
@Singleton
final class IsoInstantJson implements BeanCreatedEventListener<ObjectMapper> {

    @Override
    public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
        return event.getBean().registerModule(new SimpleModule("resas-iso-instant")
                .addSerializer(Instant.class, new Serializer()));
    }

    /** Jackson's serializer, with the plain text case written directly. */
    static final class Serializer extends InstantSerializer {

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (_formatter != null || _shape != null || useTimestamp(provider)) {
                super.serialize(value, generator, provider);
                return;
            }
            generator.writeString(text(value));
        }
    }

    /** 0000-01-01T00:00:00Z, the first instant written with a four-digit year and no sign. */
    private static final long FIRST = -62_167_219_200L;
    /** 9999-12-31T23:59:59Z, the last second written with a four-digit year. */
    private static final long LAST = 253_402_300_799L;

    /** The same text as {@link Instant#toString()}. */
    static String text(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST || seconds > LAST) {
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        int ofDay = (int) Math.floorMod(seconds, 86_400L);
        int nano = instant.getNano();
        char[] text = new char[nano == 0 ? 20 : nano % 1_000_000 == 0 ? 24 : nano % 1_000 == 0 ? 27 : 30];
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, ofDay / 3_600, 2);
        text[13] = ':';
        digits(text, 14, ofDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, ofDay % 60, 2);
        if (nano != 0) {
            text[19] = '.';
            switch (text.length) {
                case 24 -> digits(text, 20, nano / 1_000_000, 3);
                case 27 -> digits(text, 20, nano / 1_000, 6);
                default -> digits(text, 20, nano, 9);
            }
        }
        text[text.length - 1] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
