/** The real clock ({@code --real-time}); the virtual one is {@link jp.resas.ops.sfn.VirtualClock}. */
package jp.resas.ops.sfn.internal.clock;
