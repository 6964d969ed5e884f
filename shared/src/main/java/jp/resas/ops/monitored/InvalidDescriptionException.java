package jp.resas.ops.monitored;

import java.util.List;

/** The description file was refused: every problem, each naming the file, line and field. */
public final class InvalidDescriptionException extends RuntimeException {

    private final List<String> problems;

    public InvalidDescriptionException(String source, List<String> problems) {
        super("invalid monitored-system description " + source + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
