package nl.samenspel.cases.vault;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewraps every data key from the old master key to the new one, in one transaction: afterwards the new key
 * opens everything sealed before and the old key opens nothing. Run it with case-service stopped (see
 * {@link MasterKeyRotationCommand}); a row already under the new key is left as it is, so a rotation that was
 * interrupted can simply be run again.
 */
public final class MasterKeyRotation {

    /** How many data keys were rewrapped, and how many were under the new key already. */
    public record Result(int rewrapped, int alreadyUnderNewKey) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    public MasterKeyRotation(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** @throws IllegalStateException naming the key id when a data key is under neither key; nothing is changed then */
    public Result rotate(MasterKey oldKey, MasterKey newKey) {
        if (oldKey.id().equals(newKey.id())) {
            throw new IllegalArgumentException("The new master key is the old one: nothing to rotate.");
        }
        return transaction.execute(status -> {
            List<Map<String, Object>> rows = jdbc.queryForList("select subject, wrapped_key, master_key_id from personal_data_key "
                    + "where wrapped_key is not null order by subject for update");
            int rewrapped = 0;
            int already = 0;
            for (Map<String, Object> row : rows) {
                String wrappedBy = (String) row.get("master_key_id");
                byte[] wrapped = (byte[]) row.get("wrapped_key");
                if (newKey.id().equals(wrappedBy)) {
                    already++;
                    continue;
                }
                // Rows from before key ids existed are unlabelled; they can only be under the old key.
                if (wrappedBy != null && !oldKey.id().equals(wrappedBy)) {
                    throw new IllegalStateException("A data key is wrapped with master key " + wrappedBy + ", which is neither the old key "
                            + oldKey.id() + " nor the new key " + newKey.id() + ": nothing was rotated");
                }
                byte[] dataKey;
                try {
                    dataKey = JdbcPersonalDataVault.unwrap(oldKey, wrapped);
                } catch (IllegalStateException wrongKey) {
                    throw new IllegalStateException("A data key does not unwrap under the old master key " + oldKey.id()
                            + ": nothing was rotated", wrongKey);
                }
                jdbc.update("update personal_data_key set wrapped_key = ?, master_key_id = ? where subject = ?",
                        JdbcPersonalDataVault.wrap(newKey, dataKey, random), newKey.id(), row.get("subject"));
                java.util.Arrays.fill(dataKey, (byte) 0);
                rewrapped++;
            }
            return new Result(rewrapped, already);
        });
    }
}
