/** What every portal page shares: session cookie, role checks, layout model, refusals, CSRF guard. */
package jp.resas.ops.portal.web;
