package org.vtprotect.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Runs operations from a fixed number of clients for a time and keeps every latency. */
final class Load {

    interface Operation<T> {
        void run(T input) throws Exception;
    }

    record Result(String name, long operations, double seconds, long errors, long[] latenciesNanos) {

        double throughput() {
            return operations / seconds;
        }

        /** This result and another of the same way, measured at another time, as one. */
        Result and(Result other) {
            long[] all = Arrays.copyOf(latenciesNanos, latenciesNanos.length + other.latenciesNanos.length);
            System.arraycopy(other.latenciesNanos, 0, all, latenciesNanos.length, other.latenciesNanos.length);
            Arrays.sort(all);
            return new Result(name, operations + other.operations, seconds + other.seconds, errors + other.errors, all);
        }

        /** The latency at a percentile, in milliseconds (100 = the slowest). */
        double percentile(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }
    }

    private Load() {}

    /**
     * Each client loops over the inputs from its own starting point; after the warm-up, operations
     * that start and end within the measured window are timed.
     */
    static <T> Result run(String name, int clients, Duration warmup, Duration measure, List<T> inputs, Operation<T> op)
            throws InterruptedException {
        System.out.printf("  %s: %d clients, warming up %s...%n", name, clients, warmup);
        long begin = System.nanoTime();
        long measureFrom = begin + warmup.toNanos();
        long measureTo = measureFrom + measure.toNanos();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[1 << 20];
            perClient.add(latencies);
            int client = c;
            Thread thread = new Thread(() -> {
                int i = client * 7919;
                try {
                    while (!stop.get()) {
                        T input = inputs.get(Math.floorMod(i++, inputs.size()));
                        long start = System.nanoTime();
                        try {
                            op.run(input);
                        } catch (Exception e) {
                            if (errors.getAndIncrement() < 3) {
                                System.out.printf("  %s: %s%n", name, e);
                            }
                        }
                        long end = System.nanoTime();
                        if (start >= measureFrom && end <= measureTo && counts[client] < latencies.length) {
                            latencies[counts[client]++] = end - start;
                        }
                        if (end > measureTo) {
                            break;
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        stop.set(true);
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        Result result = new Result(name, total, measure.toNanos() / 1e9, errors.get(), all);
        System.out.printf("  %s: %.1f per second, p95 %.1f ms%n", name, result.throughput(), result.percentile(95));
        return result;
    }
}
