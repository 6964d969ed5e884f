package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import jp.resas.ops.catalogue.Catalogue;
import jp.resas.ops.catalogue.FunctionSpec;
import org.junit.jupiter.api.Test;

/** {@code resas-ops invoke} and the local schedules know exactly the catalogue's in-process functions, by their AWS names. */
class LedgerFunctionsTest {

    @Test
    void invoke_knowsExactlyTheCataloguesFunctions() {
        Catalogue catalogue = Catalogue.load();

        assertThat(new LocalFunctions().names()).containsExactlyInAnyOrderElementsOf(
                catalogue.invocable().stream().map(FunctionSpec::name).toList());
        assertThat(new LocalFunctions().names()).contains("asset-discovery", "ledger-watch", "configuration-snapshot",
                "account-collection", "vulnerability-collector", "attachment-retention", "pipeline-collect")
                .doesNotContain("ops-api", "db-migrate");
    }

    @Test
    void aCatalogueHandlerThatCannotRunInProcess_isRefused_namingTheEntry() {
        Catalogue bad = Catalogue.read("functions.json", """
                {"commonEnvironment": [], "functions": [
                  {"name": "nope", "handler": "jp.resas.ops.functions.NoSuchHandler"}]}""",
                "schedules.json", "{\"schedules\": []}");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LocalFunctions(bad))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("function 'nope'").hasMessageContaining("field 'handler'");
    }
}
