package jp.resas.ops.ledger.asset;

import java.util.List;

/**
 * What AWS knows of the monitored account (port; the AWS SDK in {@code infrastructure}). Each method
 * reads one scope in full, every page, or throws: a scope half read must not mark anything gone.
 */
public interface CloudInventory {

    /** Resource Groups Tagging API {@code GetResources} in {@code region}. */
    List<DiscoveredAsset> taggedResources(String region);

    /** ACM {@code ListCertificates} + {@code DescribeCertificate} in {@code region}. */
    List<DiscoveredAsset> certificates(String region);

    /** Route 53 Domains {@code ListDomains} (one global list, served from us-east-1). */
    List<DiscoveredAsset> domains();
}
