/** The report capability's adapters: the sources read through the API's services, the records on PostgreSQL. */
package jp.resas.ops.report.infrastructure;
