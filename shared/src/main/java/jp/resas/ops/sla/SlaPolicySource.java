package jp.resas.ops.sla;

/**
 * The policies in force (port). Administrators may change them at any time, so callers ask on every
 * evaluation instead of keeping a copy.
 */
@FunctionalInterface
public interface SlaPolicySource {

    SlaPolicies current();

    /** Policies that never change, e.g. the defaults in tests and tools. */
    static SlaPolicySource fixed(SlaPolicies policies) {
        return () -> policies;
    }
}
