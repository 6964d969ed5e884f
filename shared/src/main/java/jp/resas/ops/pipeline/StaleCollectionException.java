package jp.resas.ops.pipeline;

/**
 * Work for a collection that is no longer the run's (the run was collected again): a chunk, a validation
 * or a failure of a superseded execution. It is refused and changes nothing.
 */
public class StaleCollectionException extends IllegalStateException {

    public static final String ERROR = "Pipeline.StaleCollection";

    public StaleCollectionException(String message) {
        super(ERROR + ": " + message);
    }
}
