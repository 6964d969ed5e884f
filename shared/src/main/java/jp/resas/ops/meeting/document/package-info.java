/** The minutes as a Word document: the template under resources/meeting/ filled by poi-tl. */
package jp.resas.ops.meeting.document;
