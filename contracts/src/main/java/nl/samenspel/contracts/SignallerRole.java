package nl.samenspel.contracts;

/**
 * In what capacity someone raised a signal. Reports count signals by source and formality, and
 * the coordinator needs to know how to give feedback; the person themself is never named here.
 */
public enum SignallerRole {
    PROFESSIONAL(Formality.FORMAL),
    VOLUNTEER(Formality.INFORMAL),
    FAMILY_CARER(Formality.INFORMAL),
    BUDDY(Formality.INFORMAL),
    PEER_EXPERT(Formality.INFORMAL),
    NEIGHBOUR(Formality.INFORMAL),
    KEY_RESIDENT(Formality.INFORMAL),
    CLIENT(Formality.INFORMAL);

    private final Formality formality;

    SignallerRole(Formality formality) {
        this.formality = formality;
    }

    public Formality formality() {
        return formality;
    }
}
