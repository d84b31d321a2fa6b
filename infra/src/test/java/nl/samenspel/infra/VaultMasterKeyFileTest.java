package nl.samenspel.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VaultMasterKeyFileTest {

    @TempDir
    Path temp;

    @Test
    void aDataDirectoryGetsItsOwnKeyOnceReadableByItsOwnerOnly() throws IOException {
        Path home = temp.resolve("home");

        String key = VaultMasterKeyFile.loadOrCreate(home);

        Path file = home.resolve(VaultMasterKeyFile.FILE_NAME);
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(VaultMasterKeyFile.loadOrCreate(home)).isEqualTo(key);
        assertThat(VaultMasterKeyFile.loadOrCreate(temp.resolve("other-home"))).isNotEqualTo(key);
    }

    @Test
    void aFileThatHoldsNoKeyIsRefusedNotReplaced() throws IOException {
        Path home = Files.createDirectories(temp.resolve("home"));
        Files.writeString(home.resolve(VaultMasterKeyFile.FILE_NAME), "not a key");

        assertThatThrownBy(() -> VaultMasterKeyFile.loadOrCreate(home))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not hold a vault master key");
        assertThat(Files.readString(home.resolve(VaultMasterKeyFile.FILE_NAME))).isEqualTo("not a key");
    }

    @Test
    void theDataDirectoryIsNotInGit() throws IOException {
        Path repo = PlatformConfig.locateRepoRoot(Path.of(""));

        assertThat(Files.readAllLines(repo.resolve(".gitignore"))).contains(".samenspel/");
        assertThat(PlatformConfig.defaults(repo).home()).isEqualTo(repo.resolve(".samenspel"));
    }
}
