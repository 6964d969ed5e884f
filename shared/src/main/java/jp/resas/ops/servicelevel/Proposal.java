package jp.resas.ops.servicelevel;

import java.time.Instant;
import java.time.YearMonth;

/** An 改善提案 for a month: the sections the operator writes, and where it stands with 主管課. */
public record Proposal(long id, YearMonth month, String title, String proposal, String expectedEffect, String cost,
        Status status, String author, String submittedBy, String decidedBy, Instant decidedAt, String decisionComment,
        Instant createdAt, long version) {

    public enum Status {
        DRAFT("作成中"),
        SUBMITTED("承認待ち"),
        ACCEPTED("採用"),
        DECLINED("不採用");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
