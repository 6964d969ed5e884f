/**
 * Service-level targets counted in government business hours: policies per ticket type and
 * priority, and the pure computation of due times, remaining time and state from a ticket's
 * SLA-relevant facts and a {@link jp.resas.ops.calendar.BusinessCalendar}. Nothing is stored:
 * when the calendar or a policy changes, evaluating again gives the new answer.
 */
package jp.resas.ops.sla;
