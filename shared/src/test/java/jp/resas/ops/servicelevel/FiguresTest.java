package jp.resas.ops.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void median_ofAnEvenCount_isTheMeanOfTheMiddleTwo_andAverageRoundsHalfUp() {
        assertThat(Figures.median(List.of(60L, 10L, 30L, 20L))).isEqualByComparingTo("25.0");
        assertThat(Figures.median(List.of(60L, 10L, 30L))).isEqualByComparingTo("30.0");
        assertThat(Figures.average(List.of(1L, 2L, 2L))).isEqualByComparingTo("1.7");
        assertThat(Figures.average(List.of())).isNull();
        assertThat(Figures.median(List.of())).isNull();
    }
}
