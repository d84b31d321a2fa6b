package nl.samenspel.contracts;

/** What kind of help an organisation gives: paid and protocolled, or unpaid citizens' help. */
public enum KindOfHelp {
    /** Paid help, with protocols and professional liability. */
    FORMAL,
    /** Unpaid help by citizens. */
    INFORMAL
}
