package jp.resas.ops.platform.web;

/** The body of every 4xx answer: a code, the message the portal shows, and the field it concerns. */
public record ApiError(String error, String message, String field) {
}
