package nl.samenspel.contracts;

/** At which level of an organisation a privacy covenant was signed. */
public enum SignatoryLevel {
    /** Bestuurlijk: the board or director. */
    BOARD,
    /** A manager with mandate. */
    MANAGEMENT,
    /** A team lead with mandate. */
    TEAM_LEAD
}
