package dev.roletck.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.roletck.harness.HarnessResult;
import dev.roletck.harness.ReportFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Opens the HTML report in headless Chromium and checks what the browser shows: the grid cells
 * with their statuses and the counts. Without /usr/bin/chromium this test fails, unless the
 * system property {@code roletck.chromium=optional} says the machine need not have it.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "each test has its own report, browser and profile folder")
class ChromiumReportTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir Path dir;

    @Test
    void theReportRendersInHeadlessChromium() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("optional".equals(System.getProperty("roletck.chromium"))) {
                // reported as skipped, with the reason, in the build's test report
                Assumptions.abort(CHROMIUM + " is not installed, so the HTML report was not opened in a browser"
                        + " (roletck.chromium=optional; CI runs with -Droletck.chromium=required)");
            }
            fail(CHROMIUM + " is not installed: install it (apt-get install -y chromium) to check the HTML report,"
                    + " or run with -Droletck.chromium=optional");
        }
        HarnessResult result = ReportFixtures.mixedRun(dir, Locale.ENGLISH);
        Path html = dir.resolve(Reports.HTML);

        String dom = chromium(List.of("--dump-dom", html.toUri().toString()));
        assertTrue(dom.contains("id=\"verdict\""), "the browser shows the verdict");
        int failed = count(dom, "<td class=\"cell failed\" data-case=\"[^\"]+\" data-status=\"failed\"");
        int expected = count(dom, "<td class=\"cell expected_failure\" data-case=\"[^\"]+\"");
        int passed = count(dom, "<td class=\"cell passed\" data-case=\"[^\"]+\"");
        int notRun = count(dom, "<td class=\"cell not_run\" data-case=\"[^\"]+\"");
        assertEquals(1, failed, "one grid cell failed");
        assertEquals(1, expected, "one grid cell is a known failure");
        assertTrue(passed > 200, passed + " passing cells");
        assertTrue(notRun >= 24, notRun + " cells not run (partner_sales_roles)");
        Matcher cell = Pattern.compile("data-case=\"" + Pattern.quote(ReportFixtures.FLIPPED) + "\"[^>]*title=\"([^\"]*)\"[^>]*>([^<]*)<br><span class=\"actual\">≠ ([^<]*)</span>")
                .matcher(dom);
        assertTrue(cell.find(), "the flipped cell shows expected and actual");
        assertEquals("Full", cell.group(2), "the expected access, labelled from the catalog");
        assertEquals("None", cell.group(3), "the actual access, labelled from the catalog");
        assertTrue(cell.group(1).contains("Source: "), cell.group(1));
        Matcher counts = Pattern.compile("id=\"counts\" data-total=\"(\\d+)\" data-passed=\"(\\d+)\" data-failed=\"(\\d+)\"").matcher(dom);
        assertTrue(counts.find());
        assertEquals(result.summary().total(), Integer.parseInt(counts.group(1)));
        assertEquals(result.summary().passed(), Integer.parseInt(counts.group(2)));
        assertEquals(result.summary().failed() + result.summary().errors(), Integer.parseInt(counts.group(3)));

        Path png = dir.resolve("report.png");
        chromium(List.of("--screenshot=" + png, "--window-size=1500,1100", html.toUri().toString()));
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a PNG screenshot");
        String keep = System.getProperty("roletck.keepScreenshot", "");
        if (!keep.isEmpty()) Files.write(Path.of(keep), bytes); // how docs/report.png is made
    }

    /**
     * Clicks the status filter in a real (headless) Chromium, through its DevTools protocol: a mouse
     * press and release on the button, then reads back which case rows the page shows and which
     * grid cells it fades.
     */
    @Test
    void theStatusFilterShowsOnlyTheCasesOfItsStatus() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("optional".equals(System.getProperty("roletck.chromium"))) {
                Assumptions.abort(CHROMIUM + " is not installed, so the filter was not clicked (roletck.chromium=optional)");
            }
            fail(CHROMIUM + " is not installed: install it (apt-get install -y chromium), or run with -Droletck.chromium=optional");
        }
        HarnessResult result = ReportFixtures.mixedRun(dir, Locale.ENGLISH);
        try (DevTools page = DevTools.open(CHROMIUM, dir, dir.resolve(Reports.HTML).toUri().toString())) {
            String visibleRows = "JSON.stringify([...document.querySelectorAll('tr.row')].filter(r => r.offsetParent !== null)"
                    + ".map(r => r.dataset.status))";
            String brightCells = "JSON.stringify([...document.querySelectorAll('td.cell[data-status]')].filter(c => !c.classList.contains('dim'))"
                    + ".map(c => c.dataset.status))";
            String visibleSections = "JSON.stringify([...document.querySelectorAll('section.group')].filter(s => !s.hidden).map(s => s.id))";

            page.click("#filter button[data-filter=failed]");
            List<String> rows = page.strings(visibleRows);
            List<String> cells = page.strings(brightCells);
            long failingOutsideGrid = result.results().stream().filter(r -> r.outcome().failsRun()).count() - cells.size();
            assertTrue(cells.size() >= 1 && cells.stream().allMatch(st -> st.equals("failed") || st.equals("error") || st.equals("unexpected_pass")),
                    "only failing cells stay bright: " + tally(cells));
            assertTrue(rows.stream().allMatch(st -> st.equals("failed") || st.equals("error") || st.equals("unexpected_pass")),
                    "only failing rows are shown: " + tally(rows));
            assertEquals(failingOutsideGrid, rows.size(), "every failing case outside the grid is listed, opened: " + rows);
            assertEquals("true", page.eval("document.querySelector('#filter button[data-filter=failed]').getAttribute('aria-pressed')"));
            List<String> sections = page.strings(visibleSections);
            assertTrue(!sections.contains("table-partner_sales_roles") && sections.contains("table-organization_roles"), sections.toString());

            page.click("#filter button[data-filter=not_run]");
            rows = page.strings(visibleRows);
            assertTrue(!rows.isEmpty() && rows.stream().allMatch("not_run"::equals), rows.toString());
            assertEquals(List.of("table-partner_sales_roles"), page.strings(visibleSections));

            page.click("#filter button[data-filter=all]");
            assertEquals(result.results().stream().map(r -> r.testCase().group()).distinct().count(), page.strings(visibleSections).size());
            assertTrue(page.strings(brightCells).size() > 200, "every cell bright again");
        }
    }

    /** How many of each status, for a short failure message. */
    private static Map<String, Long> tally(List<String> statuses) {
        return new java.util.TreeMap<>(statuses.stream().collect(java.util.stream.Collectors.groupingBy(x -> x, java.util.stream.Collectors.counting())));
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private String chromium(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile")));
        cmd.addAll(args);
        Path out = dir.resolve("chromium.out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(out.toFile())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("chromium did not finish within 90 s");
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(dir.resolve("chromium.err")));
        return read(out);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** A headless Chromium with one page, driven over its DevTools protocol (a WebSocket). */
    private static final class DevTools implements AutoCloseable {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final Process browser;
        private final WebSocket socket;
        private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();

        private DevTools(Process browser, WebSocket socket) {
            this.browser = browser;
            this.socket = socket;
        }

        static DevTools open(Path chromium, Path dir, String url) throws Exception {
            Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1500,1100",
                    "--remote-debugging-port=0", "--user-data-dir=" + dir.resolve("devtools-profile"), url)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> endpoint = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    for (String line; (line = err.readLine()) != null; ) {
                        Matcher m = Pattern.compile("DevTools listening on ws://([^/]+)/").matcher(line);
                        if (m.find()) endpoint.complete(m.group(1));
                    }
                } catch (IOException e) {
                    endpoint.completeExceptionally(e);
                }
            });
            reader.setDaemon(true);
            reader.start();
            String host = endpoint.get(60, TimeUnit.SECONDS);
            HttpClient http = HttpClient.newHttpClient();
            String pageSocket = null;
            for (int attempt = 0; attempt < 100 && pageSocket == null; attempt++) {
                JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://" + host + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                for (JsonNode t : targets) {
                    if (t.path("type").asText().equals("page") && t.path("url").asText().startsWith("file:")) pageSocket = t.path("webSocketDebuggerUrl").asText();
                }
                if (pageSocket == null) Thread.sleep(100);
            }
            if (pageSocket == null) throw new AssertionError("Chromium opened no page for " + url);
            DevTools[] self = new DevTools[1];
            StringBuilder frame = new StringBuilder();
            WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
                @Override public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    frame.append(data);
                    if (last) {
                        try {
                            JsonNode message = JSON.readTree(frame.toString());
                            if (message.has("id")) {
                                CompletableFuture<JsonNode> f = self[0].waiting.remove(message.get("id").asInt());
                                if (f != null) f.complete(message);
                            }
                        } catch (IOException e) {
                            // not for us
                        }
                        frame.setLength(0);
                    }
                    w.request(1);
                    return null;
                }
            }).get(30, TimeUnit.SECONDS);
            self[0] = new DevTools(p, ws);
            // loaded means the report's own document, not the blank one a new page starts with (also "complete")
            String loaded = "location.protocol === 'file:' && document.readyState === 'complete' ? 'loaded' : 'loading'";
            for (int i = 0; i < 300 && !"loaded".equals(self[0].eval(loaded)); i++) Thread.sleep(100);
            return self[0];
        }

        JsonNode call(String method, Map<String, Object> params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            waiting.put(id, answer);
            socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).get(30, TimeUnit.SECONDS);
            JsonNode reply = answer.get(30, TimeUnit.SECONDS);
            if (reply.has("error")) throw new AssertionError(method + ": " + reply.get("error"));
            return reply.get("result");
        }

        /** The value of a JavaScript expression in the page, as text. */
        String eval(String expression) throws Exception {
            JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
            if (r.has("exceptionDetails")) throw new AssertionError(expression + ": " + r.get("exceptionDetails"));
            return r.path("result").path("value").asText();
        }

        /** A JavaScript expression that yields a JSON array of strings, read as a list. */
        List<String> strings(String expression) throws Exception {
            List<String> out = new ArrayList<>();
            JSON.readTree(eval(expression)).forEach(n -> out.add(n.asText()));
            return out;
        }

        /** A mouse click (press and release of the left button) in the middle of the element. */
        void click(String selector) throws Exception {
            String where = eval("(() => { const e = document.querySelector('" + selector + "'); e.scrollIntoView();"
                    + " const r = e.getBoundingClientRect(); return JSON.stringify([r.x + r.width / 2, r.y + r.height / 2]); })()");
            JsonNode xy = JSON.readTree(where);
            for (String type : List.of("mousePressed", "mouseReleased")) {
                call("Input.dispatchMouseEvent", Map.of("type", type, "x", xy.get(0).asDouble(), "y", xy.get(1).asDouble(),
                        "button", "left", "clickCount", 1));
            }
        }

        @Override public void close() {
            socket.abort();
            browser.descendants().forEach(ProcessHandle::destroyForcibly);
            browser.destroyForcibly();
        }
    }
}
