package nl.samenspel.contracts;

/** Where an agreed action stands at a progress review. */
public enum ActionStatus {
    OPEN,
    ON_TRACK,
    DELAYED,
    DONE,
    CANCELLED
}
