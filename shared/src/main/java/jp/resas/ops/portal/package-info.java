/**
 * The ops portal: Japanese pages for operators, approvers, administrators and viewers over the same use
 * cases the API calls. This package holds what every page shares (session, layout, refusals, the
 * cross-origin guard); each capability's pages live in its own {@code web} package, the dashboard in
 * {@code dashboard}.
 */
package jp.resas.ops.portal;
