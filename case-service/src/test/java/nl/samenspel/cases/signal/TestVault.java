package nl.samenspel.cases.signal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.cases.vault.SubjectErased;

/**
 * A vault for fixture tests whose sealing is deterministic, so expected events can be written out. It encodes
 * rather than encrypts: the real cipher is tested in JdbcPersonalDataVaultTest.
 */
public class TestVault implements PersonalDataVault {

    private final Set<String> erased = new HashSet<>();

    public static Sealed sealed(String subject, String plaintext) {
        return new Sealed(subject, "test-iv",
                Base64.getEncoder().encodeToString(plaintext.getBytes(StandardCharsets.UTF_8)));
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
                : Optional.of(new String(Base64.getDecoder().decode(sealed.data()), StandardCharsets.UTF_8));
    }

    @Override
    public boolean erase(String subject) {
        return erased.add(subject);
    }

    @Override
    public boolean isErased(String subject) {
        return erased.contains(subject);
    }
}
