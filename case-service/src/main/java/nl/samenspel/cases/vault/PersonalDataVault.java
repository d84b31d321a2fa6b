package nl.samenspel.cases.vault;

import java.util.Optional;

/**
 * Seals and opens personal data with a key per data subject, and erases a subject by destroying its key.
 * Aggregates receive it as a command-handler parameter and seal before they apply; views open on read.
 */
public interface PersonalDataVault {

    /** Seals {@code plaintext} under the subject's key, creating the key on first use. Refused once erased. */
    Sealed seal(String subject, String plaintext);

    /** The plaintext, or empty when the subject's key was destroyed. */
    Optional<String> open(Sealed sealed);

    /** Destroys the subject's key for good; false when it was gone already. */
    boolean erase(String subject);

    boolean isErased(String subject);

    /**
     * A stable pseudonym of {@code value} for looking it up without storing it: HMAC-SHA256 under the data key of
     * subject {@code blind-index:<purpose>}, hex. The same value gives the same index within one purpose and an
     * unrelated one in another; without the vault's keys the index leads back to nothing.
     */
    String blindIndex(String purpose, String value);

    /** Seal a value that may be absent. */
    default Sealed sealNullable(String subject, String plaintext) {
        return plaintext == null ? null : seal(subject, plaintext);
    }

    /** Open a value that may be absent; an erased one reads as empty too. */
    default Optional<String> openNullable(Sealed sealed) {
        return sealed == null ? Optional.empty() : open(sealed);
    }
}
