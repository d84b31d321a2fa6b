package nl.samenspel.cases.signal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.samenspel.cases.vault.PersonalDataVault;
import nl.samenspel.cases.vault.Sealed;
import nl.samenspel.cases.vault.SubjectErased;

/**
 * A vault for fixture tests whose sealing is deterministic, so expected events can be written out. It encodes
 * rather than encrypts: the real cipher is tested in JdbcPersonalDataVaultTest. Blind indexes are real HMACs, but
 * under a key fixed per purpose, so they too can be written out.
 */
public class TestVault implements PersonalDataVault {

    private final Set<String> erased = new HashSet<>();

    public static Sealed sealed(String subject, String plaintext) {
        return new Sealed(subject, "test-iv",
                Base64.getEncoder().encodeToString(plaintext.getBytes(StandardCharsets.UTF_8)));
    }

    public static String index(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("test-blind-index:" + purpose).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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

    @Override
    public String blindIndex(String purpose, String value) {
        if (erased.contains("blind-index:" + purpose)) {
            throw new SubjectErased("blind-index:" + purpose);
        }
        return index(purpose, value);
    }
}
