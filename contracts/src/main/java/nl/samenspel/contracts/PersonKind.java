package nl.samenspel.contracts;

/**
 * Who a person in the networks is: a professional, or one of the informal helper kinds. Self-help group members
 * (lotgenoten) are deliberately absent: groups keep no roster.
 */
public enum PersonKind {
    /** A paid professional. */
    PROFESSIONAL,
    /** Mantelzorger: may belong to no organisation. */
    FAMILY_CARER,
    /** Vrijwilliger. */
    VOLUNTEER,
    /** Maatje. */
    BUDDY,
    /** Ervaringsdeskundige. */
    PEER_EXPERT,
    /** Buurtbewoner or sleutelfiguur. */
    KEY_RESIDENT;

    /** Professionals give formal help; every other kind of person helps informally. */
    public KindOfHelp kindOfHelp() {
        return this == PROFESSIONAL ? KindOfHelp.FORMAL : KindOfHelp.INFORMAL;
    }
}
