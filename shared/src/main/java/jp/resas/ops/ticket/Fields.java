package jp.resas.ops.ticket;

import java.util.Map;
import java.util.stream.Collectors;

/** Field maps as clients send them: a JSON null means "not given", like a missing key. */
final class Fields {

    private Fields() {
    }

    static Map<String, String> present(Map<String, String> fields) {
        if (fields == null) {
            return Map.of();
        }
        return fields.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
