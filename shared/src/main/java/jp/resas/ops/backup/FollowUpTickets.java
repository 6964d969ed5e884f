package jp.resas.ops.backup;

/** Opens a 課題 ticket for follow-up work, in the caller's transaction (port). */
public interface FollowUpTickets {

    long open(String title, String description, String origin);
}
