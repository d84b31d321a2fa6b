package nl.samenspel.cases.vault;

/** Personal data cannot be sealed for a subject whose key was destroyed: it was erased and stays erased. */
public class SubjectErased extends RuntimeException {

    public SubjectErased(String subject) {
        super("The personal data of data subject " + subject + " was erased; nothing new is stored for it.");
    }
}
