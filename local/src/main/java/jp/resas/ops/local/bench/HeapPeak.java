package jp.resas.ops.local.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The JVM's heap in use at its highest while this is open: one figure for the whole heap at one instant, not
 * a sum of each pool's own peak (the pools peak at different times, so that sum can exceed {@code -Xmx}).
 * Two sources: the heap in use just before each collection (the sum of the heap pools' usage before that
 * collection, from the collector's notification) and a sampler reading the whole heap every few milliseconds
 * between collections.
 */
public final class HeapPeak implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 5;

    private final AtomicLong peak = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener beforeCollection = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            Map<String, MemoryUsage> before = GarbageCollectionNotificationInfo
                    .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageBeforeGc();
            record(before.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed()).sum());
        }
    };
    private final Thread sampler;
    private volatile boolean open = true;

    private HeapPeak() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(beforeCollection, null, null);
                emitters.add(emitter);
            }
        }
        sampler = new Thread(() -> {
            while (open) {
                sample();
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts watching now (after a collection, so what earlier work left behind does not count). */
    public static HeapPeak start() {
        System.gc();
        return new HeapPeak();
    }

    /** The highest heap in use seen so far, in bytes. */
    public long bytes() {
        sample();
        return peak.get();
    }

    private void sample() {
        record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    private void record(long used) {
        peak.accumulateAndGet(used, Math::max);
    }

    @Override
    public void close() {
        open = false;
        sampler.interrupt();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(beforeCollection);
            } catch (javax.management.ListenerNotFoundException e) {
                // already gone: nothing to remove
            }
        }
    }
}
