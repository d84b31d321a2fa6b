package nl.samenspel.infra;

/** A configured port is taken. The message is the one line shown to the person starting things. */
public final class PortInUseException extends RuntimeException {

    private final int port;

    public PortInUseException(int port, String message) {
        super(message);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
