package nl.samenspel.contracts;

/** Kinds of task a volunteer agreement allows; a deployed volunteer sees only what the task needs (R6). */
public enum VolunteerTask {
    COMPANIONSHIP,
    PRACTICAL_HELP,
    ACCOMPANYING_APPOINTMENTS,
    ADMINISTRATION_HELP,
    RESPITE_CARE,
    PEER_SUPPORT,
    SOCIAL_ACTIVITIES,
    TRANSPORT,
    MEALS,
    DIGITAL_HELP,
    AFTERCARE
}
