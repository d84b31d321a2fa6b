package nl.samenspel.contracts;

/** Between which kinds of help work moves. */
public enum HelpDirection {
    FORMAL_TO_FORMAL,
    FORMAL_TO_INFORMAL,
    INFORMAL_TO_FORMAL,
    INFORMAL_TO_INFORMAL
}
