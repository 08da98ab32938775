package dev.larder.upload;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What is kept on a file about the trusted publisher that uploaded it, as JSON. */
final class PublisherClaimsJson {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private PublisherClaimsJson() {}

    static String of(Uploader.Publisher p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("issuer", p.issuerName());
        o.put("publisher", p.description());
        ObjectNode claims = o.putObject("claims");
        p.claims().forEach(claims::put);
        return JSON.writeValueAsString(o);
    }
}
