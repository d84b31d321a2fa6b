package nl.samenspel.infra;

/** Removing a JVM shutdown hook safely from code that may itself run inside that hook. */
final class ShutdownHooks {

    private ShutdownHooks() {
    }

    /**
     * Removes {@code hook} unless it is null, is the current thread, or the JVM is already shutting
     * down (then the hook runs anyway and finds nothing left to stop).
     */
    static void remove(Thread hook) {
        if (hook == null || Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Nothing to do: see above.
        }
    }
}
