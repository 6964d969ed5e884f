package jp.resas.ops.local.cli;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.resas.ops.functions.platform.InProcessContext;
import jp.resas.ops.local.runtime.LocalFunctions;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.local.runtime.UsableDataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Like {@code sam local invoke}: one event through one handler, in this process, on the local data. */
@Command(name = "invoke", mixinStandardHelpOptions = true,
        description = "Run one Lambda handler in-process with one event and print its JSON result.")
final class InvokeCommand implements Callable<Integer> {

    static final int REJECTED = 1;
    static final int UNUSABLE = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Parameters(index = "0", paramLabel = "FUNCTION", description = "Function name, e.g. alarm-intake.")
    String function;

    @Option(names = "--event", required = true, paramLabel = "FILE", description = "The event (JSON file).")
    Path event;

    @Override
    public Integer call() throws IOException {
        LocalFunctions functions = new LocalFunctions();
        if (!functions.names().contains(function)) {
            spec.commandLine().getErr().printf("Unknown function '%s'. Known: %s%n", function, functions.names());
            return UNUSABLE;
        }
        byte[] input;
        try {
            input = Files.readAllBytes(event);
        } catch (IOException e) {
            spec.commandLine().getErr().printf("Cannot read event file %s: %s%n", event, e.getMessage());
            return UNUSABLE;
        }
        LocalPlatform started;
        try {
            started = LocalPlatform.start(UsableDataDirectory.require(database.dataDirectory()), database.open());
        } catch (RuntimeException e) {
            spec.commandLine().getErr().printf("Cannot run %s: %s%n", function, e.getMessage());
            return UNUSABLE;
        }
        try (LocalPlatform platform = started) {
            RequestStreamHandler handler = functions.handler(function, platform.context()).orElseThrow();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            try {
                handler.handleRequest(new ByteArrayInputStream(input), output, new InProcessContext(function));
            } catch (RuntimeException e) {
                Map<String, String> error = new LinkedHashMap<>();
                error.put("errorType", e.getClass().getSimpleName());
                error.put("errorMessage", e.getMessage());
                spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(error));
                spec.commandLine().getErr().printf("%s rejected the event in %s: %s%n", function, event, e.getMessage());
                return REJECTED;
            }
            spec.commandLine().getOut().println(output.toString(StandardCharsets.UTF_8));
            return 0;
        }
    }
}
