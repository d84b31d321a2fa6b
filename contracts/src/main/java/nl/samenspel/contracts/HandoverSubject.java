package nl.samenspel.contracts;

/** What a handover hands over. */
public enum HandoverSubject {
    /** The lead of the whole case (regie). */
    CASE_LEAD,
    /** One agreed action. */
    TASK
}
