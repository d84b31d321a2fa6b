package nl.samenspel.contracts;

/** The legal basis on which a network may process a client's personal data (domain rule R1). */
public enum LegalBasis {
    /** A signal only: no basis yet, time-limited. */
    NONE_YET,
    /** The client consented explicitly (decisive in neighbourhood networks). */
    EXPLICIT_CONSENT,
    /** Informed or presumed consent: the client is told (OGGZ). */
    INFORMED_CONSENT,
    /** Bemoeizorg: an override for a higher interest, justified, approved, time-boxed and reviewed. */
    HIGHER_INTEREST_OVERRIDE
}
