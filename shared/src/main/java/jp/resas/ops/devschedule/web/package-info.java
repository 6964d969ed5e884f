/** The development schedule API: read as of a day (with slips), add and update items. */
package jp.resas.ops.devschedule.web;
