package dev.roletck.harness.http;

import dev.roletck.harness.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * How the kit talks HTTP to a policy decision point beyond its URL: extra headers (an
 * {@code Authorization} token, say) and the certificates it trusts for HTTPS.
 *
 * @param headers    sent with every request, in order
 * @param trustStore PEM certificates, or a PKCS12/JKS key store, to trust instead of the JDK's defaults
 */
public record HttpSettings(List<Header> headers, Optional<Path> trustStore) {
    public static final HttpSettings DEFAULT = new HttpSettings(List.of(), Optional.empty());

    /** The environment variable holding the password of a PKCS12/JKS trust store (default {@code changeit}). */
    public static final String TRUST_STORE_PASSWORD_ENV = "ROLETCK_TRUST_STORE_PASSWORD";

    /** A header as the error messages show one. */
    public static final String HEADER_EXAMPLE = "--header 'Authorization: Bearer ${env:PDP_TOKEN}'";

    public HttpSettings {
        headers = List.copyOf(headers);
        Objects.requireNonNull(trustStore, "trustStore");
    }

    /** One header; its value is never printed, since it may hold a secret. */
    public record Header(String name, String value) {
        public Header {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }

        @Override public String toString() { return name + ": ***"; }
    }

    /** Headers the JDK's HTTP client sets itself and refuses to take from a caller. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final Pattern NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    /**
     * Reads {@code --header 'Name: value'}. {@code ${env:NAME}} in the value is replaced by that
     * environment variable, so that a token stays out of the command line and the shell's history:
     * {@code --header 'Authorization: Bearer ${env:PDP_TOKEN}'} (single quotes, so the shell leaves it).
     */
    public static Header header(String spec, Function<String, String> env) {
        int colon = spec.indexOf(':');
        if (colon <= 0) throw UsageException.of("message.usage.header_syntax", Map.of("spec", spec, "example", HEADER_EXAMPLE));
        String name = spec.substring(0, colon).strip();
        if (!NAME.matcher(name).matches()) throw UsageException.of("message.usage.header_name", Map.of("name", name));
        if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
            throw UsageException.of("message.usage.header_restricted", Map.of("name", name));
        }
        Matcher m = ENV.matcher(spec.substring(colon + 1).strip());
        StringBuilder value = new StringBuilder();
        while (m.find()) {
            String v = env.apply(m.group(1));
            if (v == null) throw UsageException.of("message.usage.header_env_unset", Map.of("name", name, "variable", m.group(1)));
            m.appendReplacement(value, Matcher.quoteReplacement(v));
        }
        m.appendTail(value);
        if (value.toString().contains("${")) {
            throw UsageException.of("message.usage.header_only_env", Map.of("name", name, "form", "${env:NAME}", "example", "'Bearer ${env:PDP_TOKEN}'"));
        }
        return new Header(name, value.toString());
    }

    /** The TLS context trusting {@link #trustStore}, or the JDK's default when none is given. */
    public SSLContext sslContext() {
        if (trustStore.isEmpty()) {
            try {
                return SSLContext.getDefault();
            } catch (GeneralSecurityException e) {
                throw UsageException.of("message.usage.no_tls", Map.of("error", String.valueOf(e.getMessage())));
            }
        }
        Path file = trustStore.get();
        try {
            KeyStore store = read(file, System.getenv());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw UsageException.of("message.usage.trust_store_unreadable", Map.of("file", file.toString(),
                    "error", String.valueOf(e.getMessage()), "variable", TRUST_STORE_PASSWORD_ENV));
        }
    }

    static KeyStore read(Path file, Map<String, String> env) throws IOException, GeneralSecurityException {
        if (!Files.isRegularFile(file)) throw new IOException("no such file");
        byte[] bytes = Files.readAllBytes(file);
        if (new String(bytes, StandardCharsets.US_ASCII).contains("-----BEGIN CERTIFICATE-----")) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            try (InputStream in = Files.newInputStream(file)) {
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("cert-" + i++, c);
                }
            }
            if (i == 0) throw new IOException("no certificate in it");
            return store;
        }
        char[] password = env.getOrDefault(TRUST_STORE_PASSWORD_ENV, "changeit").toCharArray();
        return KeyStore.getInstance(file.toFile(), password);
    }
}
