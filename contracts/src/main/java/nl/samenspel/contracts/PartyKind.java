package nl.samenspel.contracts;

/** Who a party on a case is: an organisation, or an informal helper acting as a person. */
public enum PartyKind {
    /** Identified by its organisation id. */
    ORGANISATION,
    /** Identified by its person id (a volunteer, buddy, peer expert, key resident or family carer). */
    INFORMAL_HELPER
}
