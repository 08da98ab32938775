package dev.larder.web.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error answered the way PyPI's upload host answers it: the message in the reason phrase and
 * in a body negotiated between HTML, JSON ({@code {"message", "code", "title"}}, exactly
 * {@code application/json}, which uv parses) and plain text.
 */
public final class ErrorPage {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final List<String> OFFERS = List.of("text/html", "application/json", "text/plain");

    private ErrorPage() {}

    public static void send(Context ctx, int status, String message) {
        String title = title(status);
        String explanation = explanation(status);
        ReasonPhrase.set(ctx, message);
        ctx.status(status);
        String type = AcceptHeader.parse(ctx.header("Accept")).best(OFFERS).orElse("text/plain");
        switch (type) {
            case "application/json" -> {
                ctx.contentType("application/json");
                ctx.result(JSON.writeValueAsString(Map.of(
                        "message", explanation + "\n\n\n" + message + "\n\n",
                        "code", status + " " + message,
                        "title", title)));
            }
            case "text/html" -> {
                String m = HtmlText.escape(message);
                ctx.contentType("text/html; charset=UTF-8");
                ctx.result("<html>\n <head>\n  <title>" + status + " " + m + "</title>\n </head>\n <body>\n  <h1>"
                        + status + " " + m + "</h1>\n  " + HtmlText.escape(explanation) + "<br/><br/>\n" + m
                        + "\n\n\n </body>\n</html>");
            }
            default -> {
                ctx.contentType("text/plain; charset=UTF-8");
                ctx.result(status + " " + message + "\n\n" + explanation + "\n\n\n" + message + "\n\n");
            }
        }
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 413 -> "Payload Too Large";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    static String explanation(int status) {
        return switch (status) {
            case 400 -> "The server could not comply with the request since it is either malformed or otherwise incorrect.";
            case 403 -> "Access was denied to this resource.";
            case 404 -> "The resource could not be found.";
            case 405 -> "The method is not allowed for this resource.";
            case 409 -> "There was a conflict when trying to complete your request.";
            case 410 -> "This resource is no longer available.  No forwarding address is given.";
            default -> status >= 500 ? "The server has either erred or is incapable of performing the requested operation." : "";
        };
    }
}
