package app.clientfit.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load generator (bench/run), in the manner of wrk2: a fixed number of connections,
 * each sending its share of a fixed rate on a schedule that does not wait for the answers. Every
 * latency is taken from the time the request was due, not from when it could be sent, so a stalled
 * server (or a starved sender) shows up in the percentiles instead of hiding (no coordinated
 * omission). Requests still unsent when the run ends count with the time they have waited so far.
 * A warm-up at the same rate is not recorded. Prints one line of JSON.
 *
 * <p>Arguments: url, requests per second, measured seconds, warm-up seconds, connections,
 * user:password, body files...
 */
public final class FixedRateLoad {

    private final URI url;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong unsent = new AtomicLong();
    private final List<byte[]> requests;
    private final long interval;
    private final long start;
    private final long measureFrom;
    private final long end;
    private final long giveUp;

    private FixedRateLoad(URI url, List<byte[]> requests, double rate, int warmUpSeconds, int seconds) {
        this.url = url;
        this.requests = requests;
        this.interval = Math.round(1e9 / rate);
        this.start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        this.measureFrom = start + TimeUnit.SECONDS.toNanos(warmUpSeconds);
        this.end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        this.giveUp = end + TimeUnit.SECONDS.toNanos(5);
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmUp = Integer.parseInt(args[3]);
        int connections = Integer.parseInt(args[4]);
        String authorization = "Basic " + Base64.getEncoder().encodeToString(args[5].getBytes(StandardCharsets.UTF_8));
        List<byte[]> requests = Arrays.stream(args, 6, args.length).map(Path::of)
                .map(body -> KeepAliveConnection.post(url, authorization, read(body))).toList();
        new FixedRateLoad(url, requests, rate, warmUp, seconds).run(rate, seconds, connections);
    }

    private void run(double rate, int seconds, int connections) throws InterruptedException {
        List<long[]> perConnection = new ArrayList<>();
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int connection = c;
            Thread sender = new Thread(() -> perConnection(connection, connections, perConnection), "sender-" + c);
            senders.add(sender);
            sender.start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        long[] latencies = perConnection.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.println(String.format(Locale.ROOT,
                "{\"rate\":%.1f,\"seconds\":%d,\"connections\":%d,\"recorded\":%d,\"failed\":%d,\"unsent\":%d,"
                        + "\"p50Ms\":%.3f,\"p90Ms\":%.3f,\"p99Ms\":%.3f,\"p999Ms\":%.3f,\"maxMs\":%.3f}",
                rate, seconds, connections, latencies.length, failures.get(), unsent.get(), millis(latencies, 0.50),
                millis(latencies, 0.90), millis(latencies, 0.99), millis(latencies, 0.999), millis(latencies, 1.0)));
    }

    /** Connection {@code c} of {@code n} sends requests c, c + n, c + 2n, ... of the schedule. */
    private void perConnection(int c, int n, List<long[]> results) {
        try (KeepAliveConnection connection = new KeepAliveConnection(url)) {
            perConnection(c, n, connection, results);
        }
    }

    private void perConnection(int c, int n, KeepAliveConnection connection, List<long[]> results) {
        long[] recorded = new long[(int) ((end - measureFrom) / interval / n) + 2];
        int count = 0;
        for (long i = c; ; i += n) {
            long due = start + i * interval;
            if (due >= end) {
                break;
            }
            long now = System.nanoTime();
            if (now >= giveUp) {
                long left = (end - due) / (interval * n) + 1;
                unsent.addAndGet(left);
                for (long d = due; d < end && count < recorded.length; d += interval * n) {
                    if (d >= measureFrom) {
                        recorded[count++] = now - d; // still waiting when the run stopped: at least this long
                    }
                }
                break;
            }
            if (due > now) {
                LockSupport.parkNanos(due - now);
            }
            boolean ok = send(connection, requests.get((int) (i % requests.size())));
            long latency = System.nanoTime() - due;
            if (due >= measureFrom && count < recorded.length) {
                if (ok) {
                    recorded[count++] = latency;
                } else {
                    failures.incrementAndGet();
                }
            }
        }
        synchronized (results) {
            results.add(Arrays.copyOf(recorded, count));
        }
    }

    private static boolean send(KeepAliveConnection connection, byte[] request) {
        try {
            return connection.exchange(request) == 200;
        } catch (IOException | RuntimeException e) {
            connection.close(); // the next request opens a new connection
            return false;
        }
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(index, 0)] / 1e6;
    }

    private static byte[] read(Path body) {
        try {
            return Files.readAllBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + body, e);
        }
    }
}
