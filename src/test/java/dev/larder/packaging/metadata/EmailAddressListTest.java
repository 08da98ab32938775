package dev.larder.packaging.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressListTest {

    @Test
    void addressListsYieldTheirAddrSpecs() {
        assertThat(EmailAddressList.addresses("\"Doe, Jane\" <jane@example.com>, john@example.org (John), <x@y.z>"))
                .containsExactly("jane@example.com", "john@example.org", "x@y.z");
        assertThat(EmailAddressList.addresses("Team: a@example.com, b@example.com;")).containsExactly("a@example.com", "b@example.com");
        assertThat(EmailAddressList.addresses(" , ")).isEmpty();
    }

    @Test
    void ordinaryAndInternationalAddressesAreAccepted() {
        assertThat(EmailAddressList.problem("jane.doe+pypi@example.co.uk")).isNull();
        assertThat(EmailAddressList.problem("j\u00e9ne@b\u00fccher.de")).isNull();
    }

    @Test
    void malformedOrUndeliverableByDesignAddressesAreRejected() {
        assertThat(EmailAddressList.problem("jane")).isNotNull();
        assertThat(EmailAddressList.problem("jane@")).isNotNull();
        assertThat(EmailAddressList.problem("jane@@example.com")).isNotNull();
        assertThat(EmailAddressList.problem("jane..doe@example.com")).isNotNull();
        assertThat(EmailAddressList.problem("jane@example")).isNotNull();
        assertThat(EmailAddressList.problem("jane@localhost")).isNotNull();
        assertThat(EmailAddressList.problem("jane@example.test")).isNotNull();
        assertThat(EmailAddressList.problem("jane@[127.0.0.1]")).isNotNull();
        assertThat(EmailAddressList.problem("\"jane\"@example.com")).isNotNull();
        assertThat(EmailAddressList.problem("jane doe@example.com")).isNotNull();
    }

    @Test
    void unlikePypiAnAddressWithNothingAfterTheAtSignIsRejectedEvenWithADisplayName() {
        // Python's parseaddr gives up on "John <john@>" and PyPI then checks nothing.
        assertThat(EmailAddressList.addresses("John <john@>")).containsExactly("john@");
        assertThat(EmailAddressList.problem("john@")).isNotNull();
    }
}
