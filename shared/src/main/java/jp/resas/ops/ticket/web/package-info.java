/** API shapes every ticket kind shares. */
package jp.resas.ops.ticket.web;
