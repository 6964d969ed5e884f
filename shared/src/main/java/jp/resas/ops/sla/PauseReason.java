package jp.resas.ops.sla;

/** Why a ticket waits on someone other than the operator; a policy says which reasons stop its clock. */
public enum PauseReason {
    /** Waiting for the requester to answer a question or confirm. */
    WAITING_FOR_REQUESTER,
    /** Waiting for the owner's (主管課) approval, e.g. before touching production data. */
    WAITING_FOR_APPROVAL,
    /** Waiting for a vendor or AWS Support. */
    WAITING_FOR_VENDOR
}
