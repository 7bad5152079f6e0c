package dev.roletck.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.roletck.harness.HarnessResult;
import dev.roletck.harness.ReportFixtures;
import java.io.IOException;
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

/**
 * Opens the HTML report in headless Chromium and checks what the browser shows: the grid cells
 * with their statuses and the counts. Without /usr/bin/chromium this test fails, unless the
 * system property {@code roletck.chromium=optional} says the machine need not have it.
 */
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
}
