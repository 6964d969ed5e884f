package jp.resas.ops.report.infrastructure;

import jakarta.inject.Singleton;
import jp.resas.ops.eos.infrastructure.EosService;
import jp.resas.ops.patch.infrastructure.PatchService;
import jp.resas.ops.vulnerability.infrastructure.VulnerabilityService;

/** The security-operations services a report reads (vulnerabilities, patches, the EOS calendar), held together. */
@Singleton
final class SecuritySources {

    private final VulnerabilityService vulnerabilities;
    private final PatchService patches;
    private final EosService eos;

    SecuritySources(VulnerabilityService vulnerabilities, PatchService patches, EosService eos) {
        this.vulnerabilities = vulnerabilities;
        this.patches = patches;
        this.eos = eos;
    }

    VulnerabilityService vulnerabilities() {
        return vulnerabilities;
    }

    PatchService patches() {
        return patches;
    }

    EosService eos() {
        return eos;
    }
}
