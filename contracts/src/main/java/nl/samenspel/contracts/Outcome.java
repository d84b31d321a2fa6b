package nl.samenspel.contracts;

/** How the client's situation developed, at closure or at a later review. */
public enum Outcome {
    IMPROVED,
    STABLE,
    DETERIORATED,
    UNKNOWN
}
