package jp.resas.ops.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.resas.ops.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class MinutesContentTest {

    private static ActionItem item(String ref, String title) {
        return new ActionItem(ref, title, "sato", LocalDate.of(2026, 12, 1), null);
    }

    @Test
    void itemsWithoutRef_getTheNextFreeNumber_andKeptRefsStay() {
        MinutesContent c = new MinutesContent("議題", null, List.of(item("A2", "x"), item(null, "y"), item(" ", "z")))
                .checked();

        assertThat(c.actionItems()).extracting(ActionItem::ref).containsExactly("A2", "A3", "A4");
        assertThat(c.decisions()).isEmpty();
    }

    @Test
    void duplicateOrMalformedRef_isRefusedNamingTheItem() {
        assertThatThrownBy(() -> new MinutesContent("議題", "", List.of(item("A1", "x"), item("A1", "y"))).checked())
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("actionItems[1].ref");
        assertThatThrownBy(() -> new MinutesContent("議題", "", List.of(item("B1", "x"))).checked())
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("actionItems[0].ref");
    }

    @Test
    void missingOwnerOrDueDate_isRefusedNamingTheField() {
        assertThatThrownBy(() -> new MinutesContent("議題", "", List.of(new ActionItem(null, "x", " ",
                LocalDate.of(2026, 12, 1), null))).checked()).extracting("field").isEqualTo("actionItems[0].owner");
        assertThatThrownBy(() -> new MinutesContent("議題", "", List.of(new ActionItem(null, "x", "sato", null, null)))
                .checked()).extracting("field").isEqualTo("actionItems[0].dueDate");
        assertThatThrownBy(() -> new MinutesContent(" ", "", List.of()).checked()).extracting("field")
                .isEqualTo("agenda");
    }
}
