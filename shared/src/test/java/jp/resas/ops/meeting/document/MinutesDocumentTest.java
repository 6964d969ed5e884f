package jp.resas.ops.meeting.document;

import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.resas.ops.meeting.ActionItem;
import jp.resas.ops.meeting.ActionItemLink;
import jp.resas.ops.meeting.Meeting;
import jp.resas.ops.meeting.MeetingDetail;
import jp.resas.ops.meeting.MeetingKind;
import jp.resas.ops.meeting.Minutes;
import jp.resas.ops.meeting.MinutesContent;
import jp.resas.ops.meeting.MinutesStatus;
import jp.resas.ops.sla.Priority;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class MinutesDocumentTest {

    @Test
    void correctionDraft_listsItsItems_thoseWithoutIssueSayWhenTheyWillBeRegistered() throws Exception {
        Meeting meeting = new Meeting(7, MeetingKind.WEEKLY, "週次定例会", jst("2019-05-07T10:00"),
                jst("2019-05-07T11:00"), List.of("木村"), List.of("佐藤"), null, "sato", jst("2019-05-07T12:00"),
                jst("2019-05-10T11:00"), jst("2019-05-09T11:00"), null, 3);
        Minutes v2 = new Minutes(7, 2, MinutesStatus.DRAFT, new MinutesContent("議題", "", List.of(
                new ActionItem("A1", "既存", "佐藤", LocalDate.of(2019, 5, 31), Priority.MEDIUM),
                new ActionItem("A2", "追加", "鈴木", LocalDate.of(2019, 6, 7), Priority.HIGH))), "期限の誤記",
                "suzuki", Set.of("suzuki"), jst("2019-05-08T09:00"), null, null, null, null, null);

        byte[] docx = MinutesDocument.render(new MeetingDetail(meeting, List.of(v2),
                List.of(new ActionItemLink("A1", 41, 1)), List.of()), v2, jst("2019-05-08T10:00"));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("令和元年5月7日 10:00 〜 11:00", "令和元年5月8日", "第2版（作成中）", "未承認",
                    "報告資料\tなし", "決定事項", "訂正理由: 期限の誤記");
            var rows = doc.getTables().get(1).getRows();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCell(4).getText()).isEqualTo("#41");
            assertThat(rows.get(2).getCell(4).getText()).isEqualTo("承認時に登録");
        }
    }
}
