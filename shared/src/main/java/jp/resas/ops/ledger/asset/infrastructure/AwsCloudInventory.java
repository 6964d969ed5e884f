package jp.resas.ops.ledger.asset.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.resas.ops.ledger.asset.AssetKind;
import jp.resas.ops.ledger.asset.CloudInventory;
import jp.resas.ops.ledger.asset.DiscoveredAsset;
import jp.resas.ops.ledger.asset.SourceUnavailableException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.acm.model.CertificateDetail;
import software.amazon.awssdk.services.acm.model.CertificateSummary;
import software.amazon.awssdk.services.acm.model.KeyAlgorithm;
import software.amazon.awssdk.services.acm.model.ListCertificatesResponse;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.GetResourcesResponse;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.ResourceTagMapping;
import software.amazon.awssdk.services.route53domains.Route53DomainsClient;
import software.amazon.awssdk.services.route53domains.model.DomainSummary;
import software.amazon.awssdk.services.route53domains.model.ListDomainsResponse;

/**
 * The AWS side of discovery: every page of GetResources, ListCertificates (all key types) with one
 * DescribeCertificate each, and ListDomains. Throttling is retried by the SDK's standard retry
 * strategy; what still fails (access denied, above all) makes the scope unavailable.
 */
public final class AwsCloudInventory implements CloudInventory {

    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private final Function<String, ResourceGroupsTaggingApiClient> tagging;
    private final Function<String, AcmClient> acm;
    private final Route53DomainsClient domains;
    private final String scopePrefix;

    /** @param tagging the client of a region, @param acm likewise; {@code domains} is in us-east-1 */
    public AwsCloudInventory(Function<String, ResourceGroupsTaggingApiClient> tagging, Function<String, AcmClient> acm,
            Route53DomainsClient domains) {
        this(tagging, acm, domains, "");
    }

    /** @param scopePrefix what the scopes' names begin with (a monitored account's "resas-prod/"; "" for RESAS Ops') */
    public AwsCloudInventory(Function<String, ResourceGroupsTaggingApiClient> tagging, Function<String, AcmClient> acm,
            Route53DomainsClient domains, String scopePrefix) {
        this.tagging = tagging;
        this.acm = acm;
        this.domains = domains;
        this.scopePrefix = scopePrefix;
    }

    @Override
    public List<DiscoveredAsset> taggedResources(String region) {
        String scope = scopePrefix + "tagging:" + region;
        return calling(scope, () -> {
            ResourceGroupsTaggingApiClient client = tagging.apply(region);
            List<DiscoveredAsset> found = new ArrayList<>();
            String token = null;
            do {
                String page = token;
                GetResourcesResponse response = client.getResources(r -> r.paginationToken(page).resourcesPerPage(100));
                for (ResourceTagMapping mapping : response.resourceTagMappingList()) {
                    found.add(resource(scope, mapping));
                }
                token = response.paginationToken();
            } while (token != null && !token.isEmpty());
            return found;
        });
    }

    private static DiscoveredAsset resource(String scope, ResourceTagMapping mapping) {
        String arn = mapping.resourceARN();
        String[] parts = arn.split(":", 6);
        Map<String, String> attributes = new LinkedHashMap<>();
        String name = null;
        if (parts.length == 6) {
            attributes.put("service", parts[2]);
            attributes.put("region", parts[3]);
            attributes.put("account", parts[4]);
            String resource = parts[5];
            int slash = resource.indexOf('/');
            int colon = resource.indexOf(':');
            int cut = slash < 0 ? colon : colon < 0 ? slash : Math.min(slash, colon);
            // e.g. function:resas-ops-api, table/orders, log-group:/aws/lambda/x; an S3 bucket has no type part
            attributes.put("resourceType", parts[2] + (cut > 0 ? ":" + resource.substring(0, cut) : ""));
            name = cut > 0 ? resource.substring(cut + 1) : resource;
        }
        for (var tag : mapping.tags()) {
            attributes.put("tag:" + tag.key(), tag.value());
            if (tag.key().equals("Name") && !tag.value().isBlank()) {
                name = tag.value();
            }
        }
        return new DiscoveredAsset(AssetKind.CLOUD_RESOURCE, arn, name, scope, null, null, attributes);
    }

    @Override
    public List<DiscoveredAsset> certificates(String region) {
        String scope = scopePrefix + "acm:" + region;
        return calling(scope, () -> {
            AcmClient client = acm.apply(region);
            List<DiscoveredAsset> found = new ArrayList<>();
            String token = null;
            do {
                String page = token;
                ListCertificatesResponse response = client.listCertificates(r -> r.nextToken(page).maxItems(100)
                        .includes(f -> f.keyTypes(KeyAlgorithm.knownValues())));
                for (CertificateSummary summary : response.certificateSummaryList()) {
                    CertificateDetail detail = client.describeCertificate(r -> r.certificateArn(
                            summary.certificateArn())).certificate();
                    found.add(certificate(scope, region, detail));
                }
                token = response.nextToken();
            } while (token != null && !token.isEmpty());
            return found;
        });
    }

    private static DiscoveredAsset certificate(String scope, String region, CertificateDetail detail) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("region", region);
        attributes.put("type", detail.typeAsString());
        attributes.put("certificateStatus", detail.statusAsString());
        if (detail.renewalEligibility() != null) {
            attributes.put("renewalEligibility", detail.renewalEligibilityAsString());
        }
        attributes.put("inUseBy", String.join(",", detail.inUseBy()));
        attributes.put("subjectAlternativeNames", String.join(",", detail.subjectAlternativeNames()));
        if (detail.notAfter() != null) {
            attributes.put("notAfter", detail.notAfter().toString());
        }
        return new DiscoveredAsset(AssetKind.CERTIFICATE, detail.certificateArn(), detail.domainName(), scope,
                day(detail.notAfter()), null, attributes);
    }

    @Override
    public List<DiscoveredAsset> domains() {
        String scope = scopePrefix + "route53domains";
        return calling(scope, () -> {
            List<DiscoveredAsset> found = new ArrayList<>();
            String marker = null;
            do {
                String page = marker;
                ListDomainsResponse response = domains.listDomains(r -> r.marker(page).maxItems(100));
                for (DomainSummary domain : response.domains()) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    attributes.put("autoRenew", String.valueOf(Boolean.TRUE.equals(domain.autoRenew())));
                    if (domain.transferLock() != null) {
                        attributes.put("transferLock", String.valueOf(domain.transferLock()));
                    }
                    if (domain.expiry() != null) {
                        attributes.put("expiry", domain.expiry().toString());
                    }
                    found.add(new DiscoveredAsset(AssetKind.DOMAIN, domain.domainName(), domain.domainName(), scope,
                            day(domain.expiry()), null, attributes));
                }
                marker = response.nextPageMarker();
            } while (marker != null && !marker.isEmpty());
            return found;
        });
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, JST);
    }

    private static <T> T calling(String scope, Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "HTTP " + e.statusCode() : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            throw new SourceUnavailableException(code + ": " + message, e);
        } catch (SdkException e) {
            throw new SourceUnavailableException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
