/** The two clocks of the runner: virtual (default; time jumps) and real ({@code --real-time}). */
package jp.resas.ops.sfn.clock;
