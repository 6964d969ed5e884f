/**
 * The catalog and the published versions in PostgreSQL, and their transaction boundaries (every change
 * audited): {@code CatalogService}, {@code VersionService} (rollback); {@code VersionQueries} for the pages.
 */
package jp.resas.ops.dataset.infrastructure;
