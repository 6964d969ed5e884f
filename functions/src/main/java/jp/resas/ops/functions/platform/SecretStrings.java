package jp.resas.ops.functions.platform;

/** Reads a secret's text as stored (port: Secrets Manager's {@code SecretString} in AWS). */
@FunctionalInterface
public interface SecretStrings {

    String read(String secretArn);

    /** Where a function is given no secret but its database's (tests, one machine). */
    SecretStrings NONE = arn -> {
        throw new IllegalStateException("no secret reader configured for " + arn);
    };
}
