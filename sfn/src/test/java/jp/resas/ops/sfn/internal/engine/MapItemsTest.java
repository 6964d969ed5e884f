package jp.resas.ops.sfn.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import jp.resas.ops.sfn.Execution;
import jp.resas.ops.sfn.ExecutionStatus;
import jp.resas.ops.sfn.InMemoryObjectStore;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.testing.SfnTestKit;
import org.junit.jupiter.api.Test;

class MapItemsTest {

    private final InMemoryObjectStore store = new InMemoryObjectStore();

    private Execution run(String definition, String input) {
        return SfnTestKit.of(definition).configure(c -> c.objectStore(store)).run(input);
    }

    @Test
    void itemReader_readsACsvWithAHeaderRow_fromTheObjectStore() {
        store.put("raw", "pop/2020.csv", "\uFEFFcode,name,population\n13101,\"Chiyoda, Tokyo\",66680\n01100,Sapporo,1973395\n"
                .getBytes(StandardCharsets.UTF_8));

        Execution e = run("""
                {"StartAt": "Rows", "States": {"Rows": {"Type": "Map", "End": true,
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "CSV",
                    "CSVHeaderLocation": "FIRST_ROW"}, "Parameters": {"Bucket.$": "$.bucket", "Key": "pop/2020.csv"}},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Name", "States": {"Name": {"Type": "Pass", "OutputPath": "$.name", "End": true}}}}}}""",
                "{\"bucket\":\"raw\"}");

        assertThat(e.output()).isEqualTo(Json.parse("[\"Chiyoda, Tokyo\",\"Sapporo\"]"));
    }

    @Test
    void itemBatcher_groupsItems_andResultWriter_storesTheResults() {
        store.put("raw", "codes.json", "[1,2,3,4,5]".getBytes(StandardCharsets.UTF_8));

        Execution e = run("""
                {"StartAt": "Batches", "States": {"Batches": {"Type": "Map", "End": true,
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSON"},
                    "Parameters": {"Bucket": "raw", "Key": "codes.json"}},
                  "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"round": 1}},
                  "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                    "Parameters": {"Bucket": "results", "Prefix": "run"}},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Count", "States": {"Count": {"Type": "Pass",
                      "Parameters": {"n.$": "States.ArrayLength($.Items)", "round.$": "$.BatchInput.round"},
                      "End": true}}}}}}""", "{}");

        assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        String manifestKey = e.output().at("/ResultWriterDetails/Key").asText();
        assertThat(manifestKey).startsWith("run/").endsWith("/manifest.json");
        String resultKey = Json.parse(new String(store.get("results", manifestKey).orElseThrow(),
                StandardCharsets.UTF_8)).at("/ResultFiles/SUCCEEDED/0/Key").asText();
        var results = Json.parse(new String(store.get("results", resultKey).orElseThrow(), StandardCharsets.UTF_8));
        assertThat(results).hasSize(3);
        assertThat(Json.parse(results.get(2).get("Output").asText())).isEqualTo(Json.parse("{\"n\":1,\"round\":1}"));
    }

    @Test
    void failedItems_withinToleratedFailureCount_doNotFailTheMap() {
        String definition = """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true, "ToleratedFailureCount": %d,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Check", "States": {
                      "Check": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericLessThan": 0, "Next": "Bad"}],
                                "Default": "Ok"},
                      "Bad": {"Type": "Fail", "Error": "Negative"}, "Ok": {"Type": "Succeed"}}}}}}""";

        Execution tolerated = run(definition.formatted(1), "[1,-1,2]");
        Execution exceeded = run(definition.formatted(0), "[1,-1,2]");

        assertThat(tolerated.output()).isEqualTo(Json.parse("[1,{\"Error\":\"Negative\"},2]"));
        assertThat(exceeded.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    }

    @Test
    void aMissingObject_failsWithItemReaderFailed() {
        Execution e = run("""
                {"StartAt": "Rows", "States": {"Rows": {"Type": "Map", "End": true,
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSONL"},
                    "Parameters": {"Bucket": "raw", "Key": "missing.jsonl"}},
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}""", "{}");

        assertThat(e.error()).isEqualTo("States.ItemReaderFailed");
        assertThat(e.cause()).contains("s3://raw/missing.jsonl");
    }
}
