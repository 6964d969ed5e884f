/** The dashboard and the monitoring page (availability, errors, metrics with headroom and access of a month). */
package jp.resas.ops.dashboard.web;
