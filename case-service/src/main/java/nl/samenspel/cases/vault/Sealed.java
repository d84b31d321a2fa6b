package nl.samenspel.cases.vault;

import java.util.Objects;

/**
 * Personal data as case-service stores it, in events and tables alike: AES-256-GCM ciphertext under the data
 * key of one data subject (a client, or a signal before it has one). Destroying that key turns every copy,
 * the event store included, into noise: erasure without rewriting an append-only store.
 *
 * @param keyId the data subject whose key sealed it
 * @param iv    the 96-bit GCM nonce, base64
 * @param data  ciphertext with the GCM tag, base64
 */
public record Sealed(String keyId, String iv, String data) {

    public Sealed {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(iv, "iv");
        Objects.requireNonNull(data, "data");
    }

    /** Never the plaintext, and not the ciphertext either: logs have no use for it. */
    @Override
    public String toString() {
        return "Sealed[" + keyId + "]";
    }
}
