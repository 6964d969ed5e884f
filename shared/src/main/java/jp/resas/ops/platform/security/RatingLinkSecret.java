package jp.resas.ops.platform.security;

/**
 * The secret satisfaction-rating links are signed and checked with (issue 19), asked for each time a link
 * is made or checked, so a source that reads it from a secret store (in AWS: Secrets Manager, cached for
 * minutes) never holds it in a snapshot and follows a rotation. On one machine it is the login links'
 * secret ({@link RatingLinkSecrets}); {@link RatingLinks} derives its own key from it either way.
 */
@FunctionalInterface
public interface RatingLinkSecret {

    String current();
}
