/**
 * Telling people when RESAS breaks: incidents of severity 1–2 page the on-call contact at once, day
 * or night; unacknowledged pages escalate once to the next contact; severity 3–4 go into a digest
 * during business hours. The rota is data (per week, business hours and after hours).
 */
package jp.resas.ops.notification;
