/** The monitoring page of the portal: availability, errors, metrics with headroom and access of a month. */
package jp.resas.ops.monitoring.web;
