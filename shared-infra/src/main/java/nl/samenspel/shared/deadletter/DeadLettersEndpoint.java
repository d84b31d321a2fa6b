package nl.samenspel.shared.deadletter;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.samenspel.shared.deadletter.ParkedLetters.GroupLetters;
import nl.samenspel.shared.deadletter.ParkedLetters.Retry;
import nl.samenspel.shared.deadletter.ParkedLetters.UnknownGroup;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /actuator/deadletters}: the parked letters of every processing group, and retry or evict per group (or
 * evict per sequence). Only a platform operator may use it ({@code ManagementSecurity}); it shows ids, type names,
 * cause types and times, never payloads.
 * <ul>
 *   <li>{@code GET /actuator/deadletters}: per group the number parked and the letters (at most 100 per group)</li>
 *   <li>{@code GET /actuator/deadletters/{group}}: one group</li>
 *   <li>{@code POST /actuator/deadletters/{group}}: retry every parked sequence of the group</li>
 *   <li>{@code DELETE /actuator/deadletters/{group}}: evict every letter of the group</li>
 *   <li>{@code DELETE /actuator/deadletters/{group}/{sequence}}: evict one sequence's letters</li>
 * </ul>
 */
@Endpoint(id = DeadLettersEndpoint.ID)
public class DeadLettersEndpoint {

    public static final String ID = "deadletters";

    private final ParkedLetters letters;

    public DeadLettersEndpoint(ParkedLetters letters) {
        this.letters = letters;
    }

    @ReadOperation
    public Map<String, List<GroupLetters>> all() {
        return Map.of("groups", letters.groups().stream().map(letters::describe).toList());
    }

    @ReadOperation
    public GroupLetters group(@Selector String group) {
        return known(() -> letters.describe(group));
    }

    @WriteOperation
    public Retry retry(@Selector String group) {
        return known(() -> letters.retry(group));
    }

    @DeleteOperation
    public Map<String, Long> evict(@Selector String group) {
        return known(() -> Map.of("evicted", letters.evict(group)));
    }

    @DeleteOperation
    public Map<String, Long> evictSequence(@Selector String group, @Selector String sequence) {
        return known(() -> Map.of("evicted", letters.evict(group, sequence)));
    }

    private static <T> T known(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (UnknownGroup e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
