package jp.resas.ops.access;

import java.util.List;

/**
 * Which sites' access logs are read, each for the monitored service it serves (port; S3 per service in
 * {@code infrastructure}): every service of the monitored-system description with a CloudFront
 * distribution and {@code accessLogs}, and RESAS Ops' own distribution when its deployment names one.
 */
public interface AccessSites {

    List<Site> sites();

    /** @param service the monitored-system description's service id every figure of the site is stored under */
    record Site(String service, AccessLogs logs) {
    }
}
