package jp.resas.ops.devschedule;

import java.util.List;

/** One item of the schedule as of a day, with what slipped in the seven days before it. */
public record ScheduleLine(DevItem item, List<Slip> slips) {

    public ScheduleLine {
        slips = List.copyOf(slips);
    }

    public boolean slipped() {
        return !slips.isEmpty();
    }
}
