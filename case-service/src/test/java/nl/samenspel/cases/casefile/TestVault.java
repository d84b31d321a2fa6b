package nl.samenspel.cases.casefile;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.cases.vault.SubjectErased;

/**
 * A vault whose "ciphertext" is the plaintext reversed, so fixtures can predict sealed values exactly. Only for
 * aggregate tests: the real vault is tested on PostgreSQL.
 */
class TestVault implements PersonalDataVault {

    private final Set<String> erased = new HashSet<>();

    static Sealed sealed(String subject, String plaintext) {
        return new Sealed(subject, "iv", new StringBuilder(plaintext).reverse().toString());
    }

    @Override
    public Sealed seal(String subject, String plaintext) {
        if (erased.contains(subject)) {
            throw new SubjectErased(subject);
        }
        return sealed(subject, plaintext);
    }

    @Override
    public Optional<String> open(Sealed sealed) {
        return erased.contains(sealed.keyId()) ? Optional.empty()
                : Optional.of(new StringBuilder(sealed.data()).reverse().toString());
    }

    @Override
    public boolean erase(String subject) {
        return erased.add(subject);
    }

    @Override
    public boolean isErased(String subject) {
        return erased.contains(subject);
    }

    @Override
    public String blindIndex(String purpose, String value) {
        return nl.samenspel.cases.signal.TestVault.index(purpose, value);
    }
}
