package nl.samenspel.testsupport.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Ids of objects that exist, by the parameter or field name that carries them ({@code caseId}, {@code networkId}),
 * with the organisation that owns them: hostile requests aim at real objects, their own and other organisations'.
 */
public final class IdPool {

    /** One existing object's id and the organisation it belongs to. */
    public record Owned(String id, String owner) {
    }

    private final Map<String, List<Owned>> ids = new LinkedHashMap<>();

    public IdPool add(String name, String id, String owner) {
        ids.computeIfAbsent(name, n -> new ArrayList<>()).add(new Owned(id, owner));
        return this;
    }

    public boolean has(String name) {
        return ids.containsKey(name);
    }

    Owned pick(String name, Random random) {
        List<Owned> known = ids.get(name);
        return known.get(random.nextInt(known.size()));
    }

    @Override
    public String toString() {
        return ids.toString();
    }
}
