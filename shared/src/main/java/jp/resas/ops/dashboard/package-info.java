/**
 * The portal's pages over several capabilities: the dashboard (the work queues, the data updates, the
 * collectors' last runs) and the monitoring page (availability, errors, metrics with headroom, access). Kept out of {@code portal}, which every capability's pages build on, so that
 * no capability and the portal's shared parts depend on each other both ways.
 */
package jp.resas.ops.dashboard;
