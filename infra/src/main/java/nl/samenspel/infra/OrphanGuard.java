package nl.samenspel.infra;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Main class of a child JVM: runs another main class and exits when the parent JVM is gone. Shutdown hooks do
 * not run when a test JVM is killed (SIGKILL, surefire timeout), and an orphaned broker would keep its port.
 *
 * <p>Usage: {@code OrphanGuard <parent pid> <main class> [args...]}.
 */
public final class OrphanGuard {

    private OrphanGuard() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: OrphanGuard <parent pid> <main class> [args...]");
            System.exit(64);
        }
        long parentPid = Long.parseLong(args[0]);
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> {
                    System.err.println("Parent process " + parentPid + " is gone; shutting down.");
                    System.exit(0);
                }),
                () -> System.exit(0));
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }
}
