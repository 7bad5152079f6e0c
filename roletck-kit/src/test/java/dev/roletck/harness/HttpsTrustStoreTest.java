package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.harness.http.HttpSettings;
import dev.roletck.protocol.http.AuthZenServer;
import dev.roletck.reference.ReferencePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS to a PDP whose certificate only a custom trust store vouches for. */
class HttpsTrustStoreTest {
    @TempDir Path temp;

    private void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool: " + out);
    }

    @Test
    void aSelfSignedPdpIsTrustedOnlyThroughTheTrustStore() throws Exception {
        Path keys = temp.resolve("server.p12");
        Path pem = temp.resolve("server.pem");
        keytool("-genkeypair", "-alias", "pdp", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keys.toString(),
                "-storepass", "secret", "-keypass", "secret");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys)) {
            store.load(in, "secret".toCharArray());
        }
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(store.getCertificate("pdp").getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "secret".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLSv1.2"); // the JDK test server stalls on some TLS 1.3 handshakes
        tls.init(kmf.getKeyManagers(), null, null);

        try (AuthZenServer server = AuthZenServer.start(new ReferencePolicy(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Optional.of(tls))) {
            assertEquals("https", server.baseUrl().getScheme());
            HarnessResult result = Harness.run(Fixtures.options(new Implementation.Url(server.baseUrl(),
                    new HttpSettings(List.of(), Optional.of(pem)))), Fixtures.cases().subList(0, 40));
            assertEquals(ExitCodes.OK, result.exitCode(), result.failures().toString());
            assertEquals(40, result.summary().passed());

            // last: the JDK's test server stalls for a while after a handshake the client broke off
            UsageException untrusted = assertThrows(UsageException.class, () -> new HttpPolicy(server.baseUrl(), Duration.ofSeconds(2)));
            assertTrue(untrusted.getMessage().startsWith("the PDP at " + server.baseUrl() + " does not answer: GET " + server.baseUrl()
                    + "/.well-known/authzen-configuration: the TLS handshake failed ("), untrusted.getMessage());
            assertTrue(untrusted.getMessage().endsWith("— trust its certificate with --trust-store FILE (PEM certificates, or a PKCS12/JKS store)"),
                    untrusted.getMessage());
        }
    }

    @Test
    void aFileThatIsNoTrustStoreIsOneLine() throws IOException {
        Path junk = Files.writeString(temp.resolve("junk.pem"), "not a certificate");
        UsageException e = assertThrows(UsageException.class, () -> new HttpSettings(List.of(), Optional.of(junk)).sslContext());
        assertTrue(e.getMessage().startsWith(junk + ": cannot read the trust store ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("— give PEM certificates, or a PKCS12/JKS store with its password in ROLETCK_TRUST_STORE_PASSWORD"),
                e.getMessage());
    }
}
