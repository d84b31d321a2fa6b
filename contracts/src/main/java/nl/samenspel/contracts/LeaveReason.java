package nl.samenspel.contracts;

/** Why an organisation left a network. */
public enum LeaveReason {
    NO_LONGER_ACTIVE_IN_AREA,
    MERGED,
    FUNDING_ENDED,
    CAPACITY,
    DISAGREES_WITH_COVENANT,
    REMOVED_BY_COORDINATOR,
    OTHER
}
