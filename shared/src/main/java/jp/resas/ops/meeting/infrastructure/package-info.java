/** Meetings and minutes on PostgreSQL, their transaction boundary, the issue list and the deadline watch. */
package jp.resas.ops.meeting.infrastructure;
