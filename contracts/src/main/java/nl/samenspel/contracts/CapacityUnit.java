package nl.samenspel.contracts;

/** What a volunteer's capacity counts. */
public enum CapacityUnit {
    /** Cases at the same time. */
    CASES,
    /** Hours per week. */
    HOURS_PER_WEEK
}
