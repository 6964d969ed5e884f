/**
 * Access figures from an analytics export (e.g. a Google Analytics CSV) that the owner provides for a
 * month, kept beside what the CloudFront logs show: views and users per page.
 */
package jp.resas.ops.access.analytics;
