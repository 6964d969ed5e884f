package jp.resas.ops.ledger.configuration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed from one snapshot to the next: resources added and removed (by key), and for each resource
 * in both every property or tag whose value changed ({@code before}/{@code after} null when absent).
 */
public record ConfigurationDiff(List<Entry> added, List<Entry> removed, List<Change> changed) {

    /** A resource added or removed. */
    public record Entry(String key, String type, String physicalId) {
    }

    /** One property ({@code tag:Name} for a tag) of one resource that changed. */
    public record Change(String key, String type, String property, String before, String after) {
    }

    public static final ConfigurationDiff NONE = new ConfigurationDiff(List.of(), List.of(), List.of());

    public ConfigurationDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** The diff from {@code before} to {@code after}, in key order. */
    public static ConfigurationDiff between(List<ConfiguredResource> before, List<ConfiguredResource> after) {
        Map<String, ConfiguredResource> old = byKey(before);
        Map<String, ConfiguredResource> now = byKey(after);
        List<Entry> added = new ArrayList<>();
        List<Entry> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (String key : new TreeSet<>(union(old, now))) {
            ConfiguredResource was = old.get(key);
            ConfiguredResource is = now.get(key);
            if (was == null) {
                added.add(new Entry(key, is.type(), is.physicalId()));
            } else if (is == null) {
                removed.add(new Entry(key, was.type(), was.physicalId()));
            } else {
                compare(key, is.type(), "", was.properties(), is.properties(), changed);
                compare(key, is.type(), "tag:", was.tags(), is.tags(), changed);
                if (!Objects.equals(was.type(), is.type())) {
                    changed.add(new Change(key, is.type(), "(type)", was.type(), is.type()));
                }
                if (!Objects.equals(was.physicalId(), is.physicalId())) {
                    changed.add(new Change(key, is.type(), "(physicalId)", was.physicalId(), is.physicalId()));
                }
            }
        }
        return new ConfigurationDiff(added, removed, changed);
    }

    private static void compare(String key, String type, String prefix, Map<String, String> was, Map<String, String> is,
            List<Change> changed) {
        for (String name : new TreeSet<>(union(was, is))) {
            String before = was.get(name);
            String after = is.get(name);
            if (!Objects.equals(before, after)) {
                changed.add(new Change(key, type, prefix + name, before, after));
            }
        }
    }

    private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Map<String, ConfiguredResource> byKey(List<ConfiguredResource> resources) {
        Map<String, ConfiguredResource> map = new LinkedHashMap<>();
        for (ConfiguredResource resource : resources) {
            if (map.put(resource.key(), resource) != null) {
                throw new IllegalArgumentException("two resources with the key " + resource.key());
            }
        }
        return map;
    }
}
