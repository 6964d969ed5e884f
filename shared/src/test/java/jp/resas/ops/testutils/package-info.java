/** Test fixtures shared by every module's tests (published as the shared test-jar). */
package jp.resas.ops.testutils;
