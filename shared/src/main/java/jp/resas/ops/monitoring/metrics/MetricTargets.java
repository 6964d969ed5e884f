package jp.resas.ops.monitoring.metrics;

import java.util.List;
import java.util.Optional;
import jp.resas.ops.monitored.AvailabilityMeasure;
import jp.resas.ops.monitored.MonitoredService;
import jp.resas.ops.monitored.ServiceResources;

/**
 * What the metrics collector measures for one service: its functions, HTTP APIs, Aurora clusters,
 * buckets, CloudFront distributions and load balancers, and how its availability is judged.
 */
public record MetricTargets(List<String> functions, List<String> apis, List<String> dbClusters,
        List<String> buckets, List<String> distributions, List<String> loadBalancers,
        Optional<AvailabilityMeasure> availability) {

    public MetricTargets {
        functions = List.copyOf(functions);
        apis = List.copyOf(apis);
        dbClusters = List.copyOf(dbClusters);
        buckets = List.copyOf(buckets);
        distributions = List.copyOf(distributions);
        loadBalancers = List.copyOf(loadBalancers);
    }

    public static MetricTargets of(MonitoredService service) {
        ServiceResources r = service.resources();
        return new MetricTargets(r.functions(), r.httpApis(), r.dbClusters(), r.buckets(), r.cloudFrontDistributions(),
                r.loadBalancers(), service.availability());
    }

    public boolean isEmpty() {
        return functions.isEmpty() && apis.isEmpty() && dbClusters.isEmpty() && buckets.isEmpty()
                && distributions.isEmpty() && loadBalancers.isEmpty() && availability.isEmpty();
    }

    /** The same targets with more resources (RESAS Ops' own, known only to the deployment) added. */
    public MetricTargets plus(MetricTargets more) {
        return new MetricTargets(join(functions, more.functions), join(apis, more.apis),
                join(dbClusters, more.dbClusters), join(buckets, more.buckets), join(distributions, more.distributions),
                join(loadBalancers, more.loadBalancers), availability.or(more::availability));
    }

    private static List<String> join(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
