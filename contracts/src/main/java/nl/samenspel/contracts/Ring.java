package nl.samenspel.contracts;

/**
 * Where a member organisation sits in a network: the core (kern) discusses cases and deploys help; the outer
 * ring (schil) signals and helps when asked, and sees no case data by default.
 */
public enum Ring {
    /** Kern: discusses cases and deploys help. */
    CORE,
    /** Schil: signals and helps when asked. */
    OUTER
}
