package nl.samenspel.contracts;

/** How informal help relates to professional help. */
public enum DeploymentMode {
    /** Voorafgaand: before professional help. */
    PRECEDING,
    /** Aanvullend: alongside or after it; the most common. */
    SUPPLEMENTARY,
    /** Samen optrekkend: as co-partners. */
    JOINT
}
