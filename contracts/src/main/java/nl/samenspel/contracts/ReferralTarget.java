package nl.samenspel.contracts;

/** What a referral goes to. */
public enum ReferralTarget {
    ORGANISATION,
    /** Another network, e.g. from a neighbourhood network up to the OGGZ network. */
    NETWORK
}
