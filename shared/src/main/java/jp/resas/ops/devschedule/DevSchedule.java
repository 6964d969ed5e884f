package jp.resas.ops.devschedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The schedule's records (port; PostgreSQL in {@code infrastructure}). */
public interface DevSchedule {

    long insert(DevItem item);

    Optional<DevItem> find(long id);

    /** The item, locked until the transaction ends. */
    Optional<DevItem> lock(long id);

    /** Stores the item; its version moves on. */
    void save(DevItem item);

    /** Keeps the plan as it stands now, for later comparisons. */
    void keepPlan(long itemId, Map<Milestone, LocalDate> planned, String actor, Instant at);

    /** The planned dates as they stood at {@code at}, empty when the item did not exist then. */
    Optional<Map<Milestone, LocalDate>> planAt(long itemId, Instant at);

    /** Every item, by name. */
    List<DevItem> all();

    /** The ids among {@code ids} that are not change requests. */
    List<Long> unknownChangeRequests(List<Long> ids);
}
