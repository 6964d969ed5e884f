package jp.resas.ops.servicelevel;

/** What rating needs of an inquiry: who raised it, where it stands, and its channel. */
public record RatedInquiry(long id, String requester, String status, String channel) {
}
