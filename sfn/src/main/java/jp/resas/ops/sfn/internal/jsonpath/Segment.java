package jp.resas.ops.sfn.internal.jsonpath;

import java.util.List;

/** One step of a compiled path. Only {@link Field} and {@link Index} keep a path definite. */
sealed interface Segment {

    record Field(String name) implements Segment {
    }

    record Index(int index) implements Segment {
    }

    record Wildcard() implements Segment {
    }

    record Slice(Integer start, Integer end, int step) implements Segment {
    }

    record Union(List<Object> keys) implements Segment {
    }

    /** {@code ..name} or {@code ..*}: name null means every descendant. */
    record Descend(String name) implements Segment {
    }

    record Filter(FilterExpr expr) implements Segment {
    }

    /** The {@code length()} function some definitions apply to arrays. */
    record Length() implements Segment {
    }

    static boolean definite(Segment s) {
        return s instanceof Field || s instanceof Index || s instanceof Length;
    }
}
