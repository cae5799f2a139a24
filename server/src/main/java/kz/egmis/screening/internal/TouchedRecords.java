package kz.egmis.screening.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The records ingests stored since the last pass, by source system and record type: what a scoped pass re-screens. */
final class TouchedRecords {

    private final Map<String, Map<String, Set<String>>> bySource = new LinkedHashMap<>();
    private int count;

    void add(String source, String type, String id) {
        if (bySource.computeIfAbsent(source, key -> new LinkedHashMap<>())
                .computeIfAbsent(type, key -> new LinkedHashSet<>()).add(id)) {
            count++;
        }
    }

    void addAll(TouchedRecords other) {
        other.forEach((source, type, ids) -> ids.forEach(id -> add(source, type, id)));
    }

    boolean isEmpty() {
        return count == 0;
    }

    int size() {
        return count;
    }

    boolean containsType(String type) {
        return bySource.values().stream().anyMatch(types -> types.containsKey(type));
    }

    /** Every (source, type) with its ids. */
    void forEach(TypeConsumer consumer) {
        bySource.forEach((source, types) -> types.forEach((type, ids) -> consumer.accept(source, type, ids)));
    }

    @FunctionalInterface
    interface TypeConsumer {
        void accept(String source, String type, Collection<String> ids);
    }
}
