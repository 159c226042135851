package app.clientfit.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** How many bytes a thread has allocated since it started, where the Java runtime counts it; -1 where not. */
final class Allocations {

    private static final com.sun.management.ThreadMXBean THREADS = counting();

    private Allocations() {
    }

    static long ofCurrentThread() {
        return THREADS == null ? -1 : THREADS.getCurrentThreadAllocatedBytes();
    }

    static long of(Thread thread) {
        return THREADS == null ? -1 : THREADS.getThreadAllocatedBytes(thread.getId());
    }

    private static com.sun.management.ThreadMXBean counting() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean counting && counting.isThreadAllocatedMemorySupported()) {
            if (!counting.isThreadAllocatedMemoryEnabled()) {
                counting.setThreadAllocatedMemoryEnabled(true);
            }
            return counting;
        }
        return null;
    }
}
