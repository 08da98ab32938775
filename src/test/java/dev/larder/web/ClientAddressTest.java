package dev.larder.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private final ClientAddress behindProxies = ClientAddress.trusting(List.of("127.0.0.1", "10.0.0.0/8", "fd00::/8"));

    @Test
    void withoutTrustedProxiesTheConnectionsAddressIsTheClient() {
        assertThat(ClientAddress.direct().of("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("127.0.0.1");
    }

    @Test
    void aTrustedProxysForwardedAddressIsTheClient() {
        assertThat(behindProxies.of("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void theRightmostAddressOutsideTheTrustedProxiesIsTheClientNotWhatTheClientWroteItself() {
        assertThat(behindProxies.of("127.0.0.1", List.of("198.51.100.1, 203.0.113.9, 10.1.2.3"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.of("10.0.0.1", List.of("198.51.100.1", "203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aForwardedHeaderFromAnUntrustedPeerIsIgnored() {
        assertThat(behindProxies.of("192.0.2.7", List.of("203.0.113.9"))).isEqualTo("192.0.2.7");
    }

    @Test
    void ipv6RangesMatchIpv6Peers() {
        assertThat(behindProxies.of("fd12::1", List.of("2001:db8::5"))).isEqualTo("2001:db8::5");
        assertThat(behindProxies.of("fe80::1", List.of("2001:db8::5"))).isEqualTo("fe80::1");
    }

    @Test
    void aForwardedValueThatIsNotAnAddressFallsBackToThePeer() {
        assertThat(behindProxies.of("127.0.0.1", List.of("evil.example"))).isEqualTo("127.0.0.1");
        assertThat(behindProxies.of("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void aRangeThatIsNotAnAddressIsRefusedWithTheEntryNamed() {
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("proxy.internal"))).hasMessageContaining("'proxy.internal'");
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("10.0.0.0/33"))).hasMessageContaining("0 to 32");
    }
}
