package jp.resas.ops.sfn;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** An object store in memory, for tests and quick runs. */
public final class InMemoryObjectStore implements ObjectStore {

    private final Map<String, byte[]> objects = new ConcurrentSkipListMap<>();

    @Override
    public Optional<byte[]> get(String bucket, String key) {
        return Optional.ofNullable(objects.get(bucket + "/" + key)).map(byte[]::clone);
    }

    @Override
    public void put(String bucket, String key, byte[] content) {
        objects.put(bucket + "/" + key, content.clone());
    }

    @Override
    public List<String> list(String bucket, String prefix) {
        String start = bucket + "/" + prefix;
        return objects.keySet().stream().filter(k -> k.startsWith(start))
                .map(k -> k.substring(bucket.length() + 1)).toList();
    }
}
