package jp.resas.ops.ledger.configuration;

/** A scope (API and region, of an account) that could not be read in full, and why: never an empty scope. */
public record MissingScope(String scope, String reason) {
}
