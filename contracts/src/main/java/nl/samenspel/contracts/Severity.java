package nl.samenspel.contracts;

/** A first estimate of how serious a concern is. */
public enum Severity {
    LOW,
    MODERATE,
    HIGH,
    /** Needs action within a day. */
    ACUTE
}
