package nl.samenspel.contracts;

/**
 * The two kinds of network in the domain brief. What each allows (legal bases, a closed core,
 * where informal parties sit) is configuration carried by the network, not code keyed on this type.
 */
public enum NetworkType {
    /** Run by the GGD for acute, escalating cases; may act without consent (bemoeizorg). */
    OGGZ,
    /** Run by a welfare organisation to prevent escalation; client consent is decisive. */
    NEIGHBOURHOOD
}
