package nl.samenspel.shared.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Describes an exception by its cause chain of types and the innermost Samenspel code position,
 * leaving out every message: enough to find the fault, nothing that could be personal data.
 */
public final class SafeThrowables {

    private static final String OUR_CODE = "nl.samenspel.";

    private SafeThrowables() {
    }

    public static String describe(Throwable throwable) {
        List<String> types = new ArrayList<>();
        StackTraceElement position = null;
        for (Throwable t = throwable; t != null && types.size() < 10; t = t.getCause() == t ? null : t.getCause()) {
            types.add(t.getClass().getName());
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith(OUR_CODE)) {
                    position = frame;
                    break;
                }
            }
        }
        return String.join(" <- ", types) + (position == null ? "" : " at " + position);
    }
}
