package nl.samenspel.contracts;

/** Why a case was closed. */
public enum ClosureReason {
    GOALS_REACHED,
    /** Help continues outside the network. */
    HANDED_TO_REGULAR_CARE,
    CLIENT_DECLINED_HELP,
    CLIENT_MOVED,
    CLIENT_DIED,
    NO_LONGER_IN_TARGET_GROUP,
    OTHER
}
