package jp.resas.ops.sfn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Resolves a function name (from an ARN or {@code FunctionName}) to code. */
@FunctionalInterface
public interface LambdaFunctions {

    Optional<LambdaFunction> find(String functionName);

    static LambdaFunctions of(Map<String, LambdaFunction> byName) {
        Map<String, LambdaFunction> copy = new LinkedHashMap<>(byName);
        return name -> Optional.ofNullable(copy.get(name));
    }

    /** Tries this first, then {@code other}. */
    default LambdaFunctions orElse(LambdaFunctions other) {
        return name -> find(name).or(() -> other.find(name));
    }

    /**
     * The bare function name of {@code name}, {@code account:function:name} or a full ARN, without
     * a version or alias qualifier.
     */
    static String functionName(String nameOrArn) {
        int at = nameOrArn.indexOf("function:");
        String name = at >= 0 ? nameOrArn.substring(at + "function:".length()) : nameOrArn;
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(0, colon) : name;
    }
}
