package jp.resas.ops.ledger.asset;

import java.util.List;

/** The components and versions of RESAS Ops itself, from the SBOM its build produced (port). */
public interface SoftwareBill {

    List<DiscoveredAsset> components();
}
