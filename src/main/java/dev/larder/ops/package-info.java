/**
 * Running Larder in production: liveness and readiness ({@code /healthz}, {@code /readyz}),
 * Prometheus metrics ({@code /metrics}) with Micrometer, and the log format. Nothing here changes
 * what the index does; it only makes it observable. {@code http} holds the endpoints.
 */
package dev.larder.ops;
