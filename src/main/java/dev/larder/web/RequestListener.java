package dev.larder.web;

/** Told about every request the server answered, for metrics. Must be quick and must not throw. */
@FunctionalInterface
public interface RequestListener {
    /** The route for requests no route matched (404s, 405s): a raw path would make unbounded label values. */
    String UNMATCHED = "unmatched";

    /**
     * @param method the request method (HEAD, GET, ...)
     * @param route  the path pattern that matched, such as {@code /simple/{project}/}, never the
     *               request's own path; {@link #UNMATCHED} if none did
     * @param status the response status
     * @param nanos  how long the handlers took
     */
    void completed(String method, String route, int status, long nanos);

    RequestListener NONE = (method, route, status, nanos) -> { };
}
