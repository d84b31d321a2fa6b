package nl.samenspel.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Port checks done before anything starts, so that a clash is one clear line instead of a late stack trace. */
public final class Ports {

    /**
     * A port something is about to listen on.
     *
     * @param purpose what listens there, as shown to a person ("PostgreSQL")
     * @param setting how to choose another port (an environment variable), or null when it is not configurable
     */
    public record Claim(int port, String purpose, String setting) {

        public Claim {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Port " + port + " for " + purpose + " is not a valid port number.");
            }
        }

        public String inUseMessage() {
            String remedy = setting == null ? "free it or choose another port." : "free it or set " + setting + ".";
            return "Port " + port + " for " + purpose + " is already in use: " + remedy;
        }
    }

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int DEFAULT_EPHEMERAL_START = 32768;
    private static final int CHOOSE_FROM = 15000;
    private static final Random RANDOM = new Random();
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /**
     * Whether nothing listens on the port. Both the wildcard and the loopback address are tried: servers
     * here bind either one, and on Linux a wildcard bind does not always collide with a loopback listener.
     */
    public static boolean isFree(int port) {
        return canBind(new InetSocketAddress(port)) && canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    private static boolean canBind(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            // Same reuse setting as the servers themselves, so a port in TIME_WAIT after a restart counts as free.
            socket.setReuseAddress(true);
            socket.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws for the first claim whose port is taken, or that is claimed twice. */
    public static void requireFree(List<Claim> claims) {
        Set<Integer> seen = new HashSet<>();
        for (Claim claim : claims) {
            if (!seen.add(claim.port())) {
                throw new PortInUseException(claim.port(), "Port " + claim.port() + " for " + claim.purpose()
                        + " is configured twice: " + (claim.setting() == null ? "choose another port." : "set " + claim.setting() + " to another port."));
            }
            if (!isFree(claim.port())) {
                throw new PortInUseException(claim.port(), claim.inUseMessage());
            }
        }
    }

    public static void requireFree(Claim claim) {
        requireFree(List.of(claim));
    }

    /**
     * A port that is free now and that the kernel will not hand to an outgoing connection later. Ports from
     * {@code new ServerSocket(0)} come from the ephemeral range, which every client socket on the machine draws
     * from too: between choosing such a port and a server binding it, a Kafka client or an HTTP connection can
     * take it (CI saw exactly that when the platform restarted). So ports are drawn below that range, and never
     * twice in one JVM.
     */
    public static int freePort() {
        return freePortExcept(Set.of());
    }

    /** Free ports, all different from each other and from {@code avoid}. */
    public static int freePortExcept(Set<Integer> avoid) {
        int[] range = choosableRange();
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = range[0] + RANDOM.nextInt(range[1] - range[0]);
            if (!avoid.contains(port) && isFree(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port found between " + range[0] + " and " + range[1]);
    }

    /** [from, to): the ports below the ephemeral range and above the well-known ones most tools use. */
    static int[] choosableRange() {
        int ephemeralStart = ephemeralRangeStart();
        int from = Math.min(CHOOSE_FROM, ephemeralStart / 2);
        return new int[] {from, ephemeralStart};
    }

    private static int ephemeralRangeStart() {
        try {
            String[] range = Files.readString(EPHEMERAL_RANGE).trim().split("\\s+");
            int start = Integer.parseInt(range[0]);
            return start > 2048 ? start : DEFAULT_EPHEMERAL_START;
        } catch (IOException | RuntimeException e) {
            // Not Linux (macOS has no such file): IANA's dynamic range starts at 49152, Linux's at 32768.
            return DEFAULT_EPHEMERAL_START;
        }
    }
}
