package jp.resas.ops.backup.infrastructure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.backup.model.BackupSelection;
import software.amazon.awssdk.services.backup.model.Condition;
import software.amazon.awssdk.services.backup.model.ConditionParameter;
import software.amazon.awssdk.services.backup.model.Conditions;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.TagFilter;

/**
 * The resources one backup selection assigns, as far as its definition can be resolved: the ARNs it names
 * ({@code Resources}; one with {@code *} is matched against the region's tagged resources), the resources carrying
 * any of its {@code ListOfTags} (each a {@code GetResources} tag filter), those of them meeting all of its
 * {@code Conditions} ({@code StringEquals}, {@code StringNotEquals}, {@code StringLike}, {@code StringNotLike} on
 * {@code aws:ResourceTag/<key>}), less its {@code NotResources}. An ARN named outright is taken as named (its tags are
 * not read). A selection of every resource ({@code *}) lists only resources that carry a tag (what GetResources reads).
 */
final class BackupSelections {

    private static final String TAG = "aws:ResourceTag/";

    private BackupSelections() {
    }

    /** @param tagged the region's resources (with their tags) carrying all of the given tag filters */
    static Set<String> resolve(BackupSelection selection, Function<List<TagFilter>, Map<String, Map<String, String>>> tagged) {
        Set<String> arns = new LinkedHashSet<>();
        Map<String, Map<String, String>> candidates = new java.util.LinkedHashMap<>();
        List<Pattern> patterns = new ArrayList<>();
        for (String resource : selection.resources()) {
            if (resource.contains("*")) {
                patterns.add(glob(resource));
            } else {
                arns.add(resource);
            }
        }
        if (!patterns.isEmpty()) {
            tagged.apply(List.of()).forEach((arn, tags) -> {
                if (patterns.stream().anyMatch(p -> p.matcher(arn).matches())) {
                    candidates.put(arn, tags);
                }
            });
        }
        for (Condition c : selection.listOfTags()) {
            candidates.putAll(tagged.apply(List.of(TagFilter.builder().key(c.conditionKey()).values(c.conditionValue())
                    .build())));
        }
        Conditions conditions = selection.conditions();
        candidates.forEach((arn, tags) -> {
            if (conditions == null || meets(conditions, tags)) {
                arns.add(arn);
            }
        });
        List<Pattern> excluded = selection.notResources().stream().map(BackupSelections::glob).toList();
        arns.removeIf(arn -> excluded.stream().anyMatch(p -> p.matcher(arn).matches()));
        return arns;
    }

    private static boolean meets(Conditions c, Map<String, String> tags) {
        return all(c.stringEquals(), tags, (v, want) -> want.equals(v))
                && all(c.stringNotEquals(), tags, (v, want) -> !want.equals(v))
                && all(c.stringLike(), tags, (v, want) -> v != null && glob(want).matcher(v).matches())
                && all(c.stringNotLike(), tags, (v, want) -> v == null || !glob(want).matcher(v).matches());
    }

    private static boolean all(List<ConditionParameter> parameters, Map<String, String> tags,
            java.util.function.BiPredicate<String, String> test) {
        for (ConditionParameter p : parameters) {
            String key = p.conditionKey() != null && p.conditionKey().startsWith(TAG)
                    ? p.conditionKey().substring(TAG.length()) : p.conditionKey();
            if (!test.test(tags.get(key), p.conditionValue() == null ? "" : p.conditionValue())) {
                return false;
            }
        }
        return true;
    }

    /** AWS Backup's wildcard: {@code *} any run of characters, the rest literal. */
    static Pattern glob(String pattern) {
        return Pattern.compile(java.util.Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*")));
    }
}
