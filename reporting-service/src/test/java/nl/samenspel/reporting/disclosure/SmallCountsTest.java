package nl.samenspel.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SmallCountsTest {

    private final SmallCounts smallCounts = new SmallCounts(5);

    @Test
    void aSmallTotalWithholdsEverything() {
        assertThat(smallCounts.show(false, 4, 3, 1))
                .isEqualTo(new SmallCounts.Shown(null, Arrays.asList(null, null), true));
    }

    @Test
    void aShownTotalWithASmallPartWithholdsAllParts() {
        assertThat(smallCounts.show(false, 6, 5, 1))
                .isEqualTo(new SmallCounts.Shown(6L, Arrays.asList(null, null), true));
    }

    @Test
    void zeroesAndCountsAtTheThresholdAreShown() {
        assertThat(smallCounts.show(false, 5, 5, 0)).isEqualTo(new SmallCounts.Shown(5L, Arrays.asList(5L, 0L), false));
        assertThat(smallCounts.show(false, 0)).isEqualTo(new SmallCounts.Shown(0L, Arrays.asList(), false));
    }

    @Test
    void exactFiguresAreNeverWithheld() {
        assertThat(smallCounts.show(true, 2, 1, 1)).isEqualTo(new SmallCounts.Shown(2L, Arrays.asList(1L, 1L), false));
    }
}
