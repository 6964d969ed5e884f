/**
 * RESAS user access from CloudFront standard access logs: page views, daily unique visitors
 * (counted from a hash of client IP and user agent, salted per run; neither is stored), top pages
 * and menus, status mix and referrers, per day in Japan time.
 */
package jp.resas.ops.access;
