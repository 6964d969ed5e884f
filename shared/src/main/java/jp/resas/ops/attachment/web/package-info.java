/** How the API takes and shows attachments; each ticket kind's controller delegates here. */
package jp.resas.ops.attachment.web;
