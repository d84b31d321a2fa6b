package nl.samenspel.contracts;

/** Why a referral or handover was declined. */
public enum DeclineReason {
    NO_CAPACITY,
    OUTSIDE_TARGET_GROUP,
    OUTSIDE_AREA,
    /** Beyond what the volunteer agreed to ("tot zover en niet verder"). */
    OUTSIDE_AGREED_TASKS,
    CLIENT_NOT_REACHABLE,
    ALREADY_RECEIVING_HELP,
    OTHER
}
