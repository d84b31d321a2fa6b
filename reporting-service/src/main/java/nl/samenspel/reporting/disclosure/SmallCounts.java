package nl.samenspel.reporting.disclosure;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one rule for counts about people in every report (R8): a count above zero but below the threshold is
 * withheld, because small numbers in a small neighbourhood can point to a person. Who sees exact figures instead is
 * {@code ReportingPermissions.seesExactFigures}. Counts about organisations are not people and do not pass through here.
 */
@Component
public class SmallCounts {

    /**
     * A total and its split as the audience may see them: withheld figures are {@code null}, and
     * {@code suppressed} is true whenever any figure is withheld.
     */
    public record Shown(Long total, List<Long> parts, boolean suppressed) {

        public Long part(int index) {
            return parts.get(index);
        }
    }

    private final int threshold;

    public SmallCounts(@Value("${samenspel.reporting.suppress-counts-below:5}") int threshold) {
        this.threshold = threshold;
    }

    /**
     * {@code total} and the {@code parts} it splits into. A small total withholds everything; a shown total with
     * a small part withholds all parts, since the others would give the small one away.
     */
    public Shown show(boolean exact, long total, long... parts) {
        List<Long> exactParts = Arrays.stream(parts).boxed().toList();
        if (exact) {
            return new Shown(total, exactParts, false);
        }
        if (isSmall(total)) {
            return new Shown(null, Collections.nCopies(parts.length, null), true);
        }
        if (Arrays.stream(parts).anyMatch(this::isSmall)) {
            return new Shown(total, Collections.nCopies(parts.length, null), true);
        }
        return new Shown(total, exactParts, false);
    }

    private boolean isSmall(long count) {
        return count > 0 && count < threshold;
    }
}
