package nl.samenspel.contracts;

/** What kind of informal help is deployed. */
public enum InformalHelpKind {
    PRACTICAL,
    SOCIAL,
    /** A maatje. */
    BUDDY
}
