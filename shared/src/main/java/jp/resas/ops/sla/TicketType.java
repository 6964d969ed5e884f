package jp.resas.ops.sla;

/** The service-desk ticket kinds that carry an SLA. */
public enum TicketType {
    /** 問合せ. */
    INQUIRY,
    /** 障害. */
    INCIDENT,
    /** 作業依頼. */
    WORK_REQUEST,
    /** 変更管理. */
    CHANGE_REQUEST
}
