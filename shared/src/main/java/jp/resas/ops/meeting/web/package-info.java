/** The meetings API: record, read, write and submit minutes, decide on them, download them as .docx. */
package jp.resas.ops.meeting.web;
