package nl.samenspel.contracts;

/** Who raised a volunteer's overload flag. */
public enum OverloadSource {
    /** The recorded load exceeded the agreed capacity. */
    AUTOMATIC,
    /** The volunteer's coach raised it. */
    COACH
}
