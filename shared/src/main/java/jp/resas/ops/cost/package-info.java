/**
 * Cloud cost: Cost Explorer actuals per day and month by service (and by a cost-allocation tag),
 * the month-end forecast, and budget thresholds that open a ticket once when crossed.
 */
package jp.resas.ops.cost;
