package nl.samenspel.contracts;

/**
 * What kind of party an organisation is, independent of the {@link KindOfHelp} it gives: volunteer
 * work can sit inside a formal organisation.
 */
public enum KindOfParty {
    /** Has contracts, insurance and funder agreements. */
    FORMAL_ORGANISATION,
    /** A citizens' initiative, church group or self-help group. */
    INFORMAL_PARTY
}
