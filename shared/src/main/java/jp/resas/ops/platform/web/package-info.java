/** HTTP concerns shared by every controller: roles, errors, health. */
package jp.resas.ops.platform.web;
