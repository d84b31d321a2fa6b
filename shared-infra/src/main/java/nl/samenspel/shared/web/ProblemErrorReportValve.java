package nl.samenspel.shared.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

/**
 * Tomcat's last word on a failed request, as problem+json instead of its HTML page. It answers what never
 * reaches Spring MVC (an unparseable path, a request line or headers above the limit, a status sent by a filter,
 * an exception escaping the filters), so every error of every layer has one shape. The body is fixed per status
 * ({@link StatusProblems}): it names no path, header or message, because those are what the caller sent.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // Tomcat's own conditions: only errors, only once, and never over a body something else already wrote.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(StatusProblems.json(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response was taken over meanwhile: nothing left to tell the caller.
        }
    }
}
