package jp.resas.ops.estat;

/** One page as received: its raw JSON, where it starts, how many values it holds, and the table's total. */
public record EstatPage(int number, long fromNumber, long values, long totalNumber, byte[] body) {
}
