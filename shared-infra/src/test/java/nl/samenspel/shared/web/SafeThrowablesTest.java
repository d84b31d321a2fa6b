package nl.samenspel.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SafeThrowablesTest {

    @Test
    void namesTheCauseChainAndOurCodePositionButNoMessage() {
        Exception failure = new IllegalStateException("could not store Jan Jansen",
                new SQLException("Key (bsn)=(123456782) already exists"));

        String described = SafeThrowables.describe(failure);

        assertThat(described).startsWith("java.lang.IllegalStateException <- java.sql.SQLException at "
                + SafeThrowablesTest.class.getName());
        assertThat(described).doesNotContain("Jansen").doesNotContain("123456782");
    }
}
