/** The notification topic and the scheduled functions that tell people: the notification sweep and the report schedule. */
package jp.resas.ops.infra.notification;
