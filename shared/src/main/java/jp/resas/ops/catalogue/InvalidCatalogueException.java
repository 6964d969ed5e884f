package jp.resas.ops.catalogue;

import java.util.List;

/** A catalogue was refused: every problem, each naming the file, the entry and the field. */
public final class InvalidCatalogueException extends RuntimeException {

    private final List<String> problems;

    public InvalidCatalogueException(List<String> problems) {
        super("invalid catalogue:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
