/** The maintenance-window endpoints of the ops API (/maintenance-windows). */
package jp.resas.ops.maintenance.web;
