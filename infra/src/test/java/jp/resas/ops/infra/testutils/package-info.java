/** Shared fixtures for the template tests: the synthesised app and lookups into it. */
package jp.resas.ops.infra.testutils;
