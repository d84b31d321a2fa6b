package nl.samenspel.contracts;

/** What assessing the informal option first concluded ("voluntary where possible, professional where needed"). */
public enum InformalOptionOutcome {
    /** Informal help alone. */
    INFORMAL_HELP,
    /** Informal help alongside formal help. */
    INFORMAL_AND_FORMAL_HELP,
    /** Formal help only; the reason is recorded. */
    FORMAL_HELP
}
