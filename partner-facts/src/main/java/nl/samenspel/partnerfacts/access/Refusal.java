package nl.samenspel.partnerfacts.access;

/**
 * Why a party may not receive a case's personal data. Codes are stable: they are shown to privacy officers and
 * recorded with refused disclosures. None of them says anything about a client.
 */
public enum Refusal {
    /** The network is not (yet) known here: partner-service never announced it, or the event has not arrived. */
    UNKNOWN_NETWORK("", "The network is not known."),
    /** The person is not (yet) known here. */
    UNKNOWN_PERSON("", "The person is not known."),
    /** A family carer belongs to no organisation, so no covenant can cover them. */
    NO_ORGANISATION("R3", "The person belongs to no organisation whose covenant could cover them."),
    /** The organisation never joined the network, or left it. */
    NOT_A_MEMBER("", "The organisation is not a member of the network."),
    /** An informal party that takes part only through the network's informal representative. */
    REPRESENTED_ONLY("", "The organisation takes part through the informal representative, not as a member."),
    /** The organisation has not signed the network's privacy covenant, withdrew from it, or left since signing. */
    NO_COVENANT("R3", "The organisation has no signed privacy covenant for the network."),
    /** Outer-ring members see a case only when deployed on it. */
    OUTER_RING_NOT_DEPLOYED("R4", "The organisation is in the outer ring and not deployed on the case."),
    /** Informal helpers have no professional secrecy: they sign a confidentiality undertaking per network. */
    NO_UNDERTAKING("R3", "The informal helper has not signed a confidentiality undertaking for the network."),
    /** An informal helper acts under a volunteer agreement with their organisation, and none is in force today. */
    AGREEMENT_NOT_ACTIVE("", "The informal helper has no volunteer agreement in force with their organisation.");

    private final String rule;
    private final String explanation;

    Refusal(String rule, String explanation) {
        this.rule = rule;
        this.explanation = explanation;
    }

    /** The privacy rule of the domain brief this enforces (R3, R4), or empty where it is a precondition. */
    public String rule() {
        return rule;
    }

    public String explanation() {
        return explanation;
    }
}
