/**
 * Lambda handlers: thin adapters that parse the event, call one use case in shared/, and shape the
 * answer. Each has a no-argument constructor for the Lambda runtime and one taking its collaborators.
 */
package jp.resas.ops.functions;
