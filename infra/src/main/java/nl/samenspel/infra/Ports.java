package nl.samenspel.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** A port that was free a moment ago; the kernel hands out ephemeral ports in rotation, so a quick reuse is unlikely. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port available", e);
        }
    }

    /** Free ports, all different from each other and from {@code avoid}. */
    public static int freePortExcept(Set<Integer> avoid) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            if (!avoid.contains(port) && isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port found outside " + avoid);
    }
}
