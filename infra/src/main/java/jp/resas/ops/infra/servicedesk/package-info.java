/** The service desk's scheduled SLA watch ({@code ticket-sla}) and the topic its alerts go to. */
package jp.resas.ops.infra.servicedesk;
