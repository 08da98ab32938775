package dev.larder.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds an in-memory key store from the PEM files operators have ({@code --tls-cert}, {@code --tls-key}). */
final class PemKeyStore {
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");
    static final char[] PASSWORD = "larder".toCharArray();

    private PemKeyStore() {}

    static KeyStore load(Path certFile, Path keyFile) throws IOException, GeneralSecurityException {
        List<Certificate> chain = new ArrayList<>();
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        for (Block b : blocks(Files.readString(certFile))) {
            if (b.type.equals("CERTIFICATE")) {
                chain.add(cf.generateCertificate(new ByteArrayInputStream(b.der)));
            }
        }
        if (chain.isEmpty()) {
            throw new GeneralSecurityException(certFile + " holds no PEM CERTIFICATE block");
        }
        PrivateKey key = null;
        for (Block b : blocks(Files.readString(keyFile))) {
            key = switch (b.type) {
                case "PRIVATE KEY" -> pkcs8(b.der, chain.get(0).getPublicKey().getAlgorithm());
                case "RSA PRIVATE KEY" -> pkcs8(rsaPkcs1ToPkcs8(b.der), "RSA");
                case "EC PRIVATE KEY" -> throw new GeneralSecurityException(keyFile
                        + " is a SEC1 EC key; convert it with: openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8");
                default -> key;
            };
            if (key != null) {
                break;
            }
        }
        if (key == null) {
            throw new GeneralSecurityException(keyFile + " holds no unencrypted PEM PRIVATE KEY block");
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("larder", key, PASSWORD, chain.toArray(new Certificate[0]));
        return ks;
    }

    private record Block(String type, byte[] der) {}

    private static List<Block> blocks(String pem) {
        List<Block> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            out.add(new Block(m.group(1), Base64.getMimeDecoder().decode(m.group(2))));
        }
        return out;
    }

    private static PrivateKey pkcs8(byte[] der, String algorithm) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    /** Wraps a PKCS#1 RSAPrivateKey in the PKCS#8 PrivateKeyInfo structure the JDK reads. */
    private static byte[] rsaPkcs1ToPkcs8(byte[] pkcs1) {
        byte[] algorithm = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
        byte[] version = {0x02, 0x01, 0x00};
        byte[] octet = derWrap((byte) 0x04, pkcs1);
        byte[] body = new byte[version.length + algorithm.length + octet.length];
        System.arraycopy(version, 0, body, 0, version.length);
        System.arraycopy(algorithm, 0, body, version.length, algorithm.length);
        System.arraycopy(octet, 0, body, version.length + algorithm.length, octet.length);
        return derWrap((byte) 0x30, body);
    }

    private static byte[] derWrap(byte tag, byte[] content) {
        int n = content.length;
        byte[] len;
        if (n < 128) {
            len = new byte[] {(byte) n};
        } else if (n < 256) {
            len = new byte[] {(byte) 0x81, (byte) n};
        } else if (n < 65536) {
            len = new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
        } else {
            len = new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
        }
        byte[] out = new byte[1 + len.length + n];
        out[0] = tag;
        System.arraycopy(len, 0, out, 1, len.length);
        System.arraycopy(content, 0, out, 1 + len.length, n);
        return out;
    }
}
