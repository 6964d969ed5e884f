/**
 * The Japanese government business calendar: national holidays (the Cabinet Office list, and the
 * law's rules for years past it) and 開庁日 business hours, with the arithmetic SLAs count in.
 *
 * <p>Pure Java on purpose: no framework or AWS types, so the same calendar runs in Lambda, in the
 * local runtime and in tests, and settings arrive as immutable values from whoever persists them.
 */
package jp.resas.ops.calendar;
