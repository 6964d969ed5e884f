/** The ops API for incidents: list, detail with timeline, notes. */
package jp.resas.ops.incident.web;
