package nl.samenspel.contracts;

/** Why formal help was chosen over the informal option. */
public enum FormalHelpReason {
    SAFETY_RISK,
    ACUTE_CRISIS,
    NO_INFORMAL_HELP_AVAILABLE,
    CLIENT_DECLINED_INFORMAL_HELP,
    TOO_COMPLEX_FOR_INFORMAL_HELP,
    /** A task only a professional may do by law. */
    STATUTORY_TASK,
    OTHER
}
