/** The SLA policy endpoints (/sla-policies): read by everyone, changed by administrators. */
package jp.resas.ops.slaadmin.web;
