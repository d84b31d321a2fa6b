package nl.samenspel.contracts;

/** How a case shows itself: loudly or quietly. Silent cases (zorgmijders, teruggetrokken) are the ones a network misses without informal signallers. */
public enum Presentation {
    /** Overlastgevend: neighbours, landlord or police notice it. */
    NUISANCE,
    /** Stil: nobody complains; the client withdraws. */
    SILENT
}
