package jp.resas.ops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

/** Instants written by {@link IsoInstantJson} read exactly as {@link Instant#toString()} (Jackson's text before). */
@PlatformTest
class IsoInstantJsonTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void text_isInstantToString_forEdgesAndRandomInstants() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.MIN, Instant.MAX,
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("0000-01-01T00:00:00Z").minusNanos(1),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("9999-12-31T23:59:59.999999999Z")
                        .plusNanos(1), Instant.parse("1969-12-31T23:59:59.999Z"), Instant.parse("2026-11-29T00:00:00Z"),
                Instant.parse("2026-11-29T12:00:00.100Z"), Instant.parse("2026-11-29T12:00:00.000100Z"),
                Instant.parse("2026-11-29T12:00:00.000000100Z"), Instant.parse("2024-02-29T23:59:59.5Z")));
        SplittableRandom random = new SplittableRandom(18);
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong(-70_000_000_000L, 260_000_000_000L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(seconds, nano));
        }
        for (Instant instant : instants) {
            assertThat(IsoInstantJson.text(instant)).as("%s", instant).isEqualTo(instant.toString());
        }
    }

    record Stamped(Instant at, @JsonFormat(pattern = "yyyy/MM/dd", timezone = "Asia/Tokyo") Instant day) {
    }

    @Test
    void platformMapper_writesInstantsAsBefore_andKeepsAPropertysOwnFormat() throws Exception {
        Instant at = Instant.parse("2026-11-28T15:30:00.120Z");

        assertThat(mapper.writeValueAsString(new Stamped(at, at)))
                .isEqualTo("{\"at\":\"2026-11-28T15:30:00.120Z\",\"day\":\"2026/11/29\"}");
        assertThat(mapper.writeValueAsString(List.of(Instant.parse("2026-11-28T15:30:00Z"))))
                .isEqualTo("[\"2026-11-28T15:30:00Z\"]");
        assertThat(mapper.getSerializerProviderInstance().findValueSerializer(Instant.class))
                .isInstanceOf(IsoInstantJson.Serializer.class);
    }
}
