package nl.samenspel.contracts;

/** Whether help (or the person giving it) is paid and professional, or unpaid and informal. */
public enum Formality {
    FORMAL,
    INFORMAL
}
