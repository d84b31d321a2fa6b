package nl.samenspel.contracts;

/** How long informal help is meant to last. */
public enum HelpDuration {
    ONE_OFF,
    LONG_TERM
}
