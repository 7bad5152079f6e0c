package dev.roletck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.harness.ExitCodes;
import dev.roletck.harness.Implementation;
import dev.roletck.harness.UsageException;
import dev.roletck.harness.http.HttpSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The HTTP options of verify (--header, --trust-store) and serve --http's usage errors. */
@Isolated("serve --http checks that its port is free once stopped; a server of a test running beside it could take that port")
class HttpOptionsTest {
    @TempDir Path temp;

    @Command(name = "verify")
    static final class Verify implements Runnable {
        @Mixin ImplementationOptions impl;

        @Override public void run() { }
    }

    private static Implementation parse(String... args) {
        Verify v = new Verify();
        new CommandLine(v).parseArgs(args);
        return v.impl.implementation();
    }

    @Test
    void headersAndATrustStoreGoWithTheUrl() throws Exception {
        Path pem = Files.writeString(temp.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        Implementation.Url url = assertInstanceOf(Implementation.Url.class, parse("--impl-url", "https://pdp.example:8443",
                "--header", "X-Tenant: acme", "--header", "Accept-Language: en", "--trust-store", pem.toString()));
        assertEquals(List.of(new HttpSettings.Header("X-Tenant", "acme"), new HttpSettings.Header("Accept-Language", "en")), url.settings().headers());
        assertEquals(Optional.of(pem), url.settings().trustStore());
    }

    @Test
    void badHttpOptionsAreOneLine() {
        assertEquals("--header and --trust-store go with --impl-url",
                assertThrows(UsageException.class, () -> parse("--impl-cmd", "x", "--header", "A: b")).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> parse("--impl-url", "http://h", "--header", "Authorization: Bearer ${env:ROLETCK_TEST_UNSET_VARIABLE}"))
                .getMessage().contains("the environment variable ROLETCK_TEST_UNSET_VARIABLE is not set"));
        assertEquals("--trust-store: no file " + temp.resolve("none.pem") + " — give PEM certificates or a PKCS12/JKS store",
                assertThrows(UsageException.class, () -> parse("--impl-url", "https://h", "--trust-store", temp.resolve("none.pem").toString())).getMessage());
    }

    @Test
    void verifyAgainstAClosedPortIsOneLineAndExitTwo() {
        CliRun r = CliRun.of("verify", "--locale", "en", "--impl-url", "http://127.0.0.1:9", "--no-features");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("roletck: the PDP at http://127.0.0.1:9 does not answer:"), r.err());
    }

    @Test
    void serveHttpServesTheReferenceOnLoopbackUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = {"serve", "--http", "--port", "0"};
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(RoleTck.commandLineFor(args).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args)));
        serving.start();
        try {
            // the start line is in the JVM's language (CI runs the tests under four): its URL and endpoints are not
            Pattern started = Pattern.compile("(http://[^\\s,)]+) .*\\(POST /access/v1/evaluation, "
                    + "POST /access/v1/evaluations, GET /.well-known/authzen-configuration\\)");
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Matcher m = started.matcher("");
            while (!(m = started.matcher(out.toString())).find()) {
                assertTrue(System.nanoTime() < end && serving.isAlive(), "serve --http did not start: " + out + err);
                Thread.sleep(20);
            }
            URI base = URI.create(m.group(1));
            assertEquals("127.0.0.1", base.getHost(), "loopback by default");

            CliRun verify = CliRun.of("verify", "--locale", "en", "--impl-url", base.toString(), "--run", "^organization_roles/device_management/.*");
            assertEquals(ExitCodes.OK, verify.exit(), verify.out() + verify.err());
            assertTrue(verify.out().contains("Implementation: http: " + base), verify.out());

            serving.interrupt();
            serving.join(Duration.ofSeconds(10).toMillis());
            assertFalse(serving.isAlive(), "serve --http stops when interrupted");
            assertEquals(ExitCodes.OK, exit.get());
            // no server answers there any more: a connection is refused, or (when the kernel hands the client the same
            // ephemeral port, a TCP self-connect) reads back its own request, which is no HTTP answer either
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest metadata = HttpRequest.newBuilder(base.resolve("/.well-known/authzen-configuration"))
                    .timeout(Duration.ofSeconds(5)).build();
            assertThrows(IOException.class, () -> client.send(metadata, HttpResponse.BodyHandlers.ofString()), "the port is closed");
        } finally {
            serving.interrupt();
        }
    }

    @Test
    void serveTakesPortAndBindOnlyWithHttp() {
        CliRun r = CliRun.of("serve", "--port", "9000");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        // serve speaks the JVM's language (CI runs the tests under four)
        java.util.Locale ui = java.util.Locale.getDefault();
        dev.roletck.i18n.Catalog catalog = dev.roletck.i18n.Catalog.standard();
        assertEquals("roletck: " + catalog.format("message.cli.goes_with", java.util.Map.of("count", 2,
                "options", List.of("--port", "--bind"), "with", "--http"), ui), r.err().strip());
        CliRun bad = CliRun.of("serve", "--http", "--port", "70000");
        assertEquals(ExitCodes.BAD_INPUT, bad.exit());
        assertEquals("roletck: " + catalog.format("message.usage.not_a_port", java.util.Map.of("port", "70000"), ui), bad.err().strip());
    }
}
