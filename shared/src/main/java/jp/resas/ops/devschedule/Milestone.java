package jp.resas.ops.devschedule;

/** The milestones every item passes, in order. */
public enum Milestone {
    DESIGN("設計"),
    BUILD("製造"),
    TEST("試験"),
    RELEASE("リリース");

    private final String label;

    Milestone(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
