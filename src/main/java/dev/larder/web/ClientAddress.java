package dev.larder.web;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address of the person behind a request. Behind a reverse proxy the connection comes from
 * the proxy, so per-address limits (failed sign-ins) would lump every user together; the proxy's
 * {@code X-Forwarded-For} names the client. That header is believed only when the connection
 * comes from a proxy the operator listed, and only as far back as the chain stays within listed
 * proxies: the rightmost address that is not a trusted proxy is the client (anything left of it
 * was written by the client itself and could be anything).
 */
public final class ClientAddress {
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> trusted;

    private ClientAddress(List<Range> trusted) {
        this.trusted = trusted;
    }

    /** No proxy trusted: the connection's peer is the client. */
    public static ClientAddress direct() {
        return new ClientAddress(List.of());
    }

    /**
     * @param ranges addresses or CIDR ranges of the proxies in front of Larder, e.g. {@code 127.0.0.1},
     *               {@code 10.0.0.0/8}, {@code ::1}
     * @throws IllegalArgumentException naming the entry that is not an IP address or range
     */
    public static ClientAddress trusting(List<String> ranges) {
        List<Range> parsed = new ArrayList<>();
        for (String r : ranges) {
            if (!r.isBlank()) {
                parsed.add(Range.parse(r.strip()));
            }
        }
        return new ClientAddress(List.copyOf(parsed));
    }

    /**
     * @param peer          the address the connection came from
     * @param forwardedFor  the values of every {@code X-Forwarded-For} header, in order
     */
    public String of(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> chain = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String part : header.split(",")) {
                if (!part.isBlank()) {
                    chain.add(part.strip());
                }
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            String hop = chain.get(i);
            if (!isTrusted(hop)) {
                return LITERAL.matcher(hop).matches() ? hop : peer;
            }
        }
        return chain.isEmpty() ? peer : chain.get(0);
    }

    private boolean isTrusted(String address) {
        if (trusted.isEmpty() || !LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return trusted.stream().anyMatch(r -> r.contains(bytes));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private record Range(byte[] network, int prefix) {
        static Range parse(String text) {
            int slash = text.indexOf('/');
            String host = slash < 0 ? text : text.substring(0, slash);
            if (!LITERAL.matcher(host).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not an IP address or CIDR range (e.g. 10.0.0.0/8)");
            }
            byte[] bytes;
            try {
                bytes = InetAddress.getByName(host).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("'" + text + "' is not an IP address or CIDR range (e.g. 10.0.0.0/8)");
            }
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    throw new IllegalArgumentException("'" + text + "': the prefix length must be 0 to " + bytes.length * 8);
                }
            }
            return new Range(bytes, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = network.length * 8;
            BigInteger mask = prefix == 0 ? BigInteger.ZERO
                    : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(bits - prefix).shiftLeft(bits - prefix);
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}
