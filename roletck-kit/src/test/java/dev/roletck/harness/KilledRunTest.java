package dev.roletck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.harness.report.Reports;
import dev.roletck.suite.ConformanceCase;
import dev.roletck.suite.TestSpec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed before it is over leaves no verdict in its report folder: not its own — the reports
 * are written last, after the feature scenarios — and not an earlier run's {@code "conformant": true}
 * standing in for it.
 */
class KilledRunTest {
    @TempDir Path dir;

    @Test
    void aRunKilledDuringTheFeatureScenariosLeavesNoVerdictBehind() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve(Reports.JSON), "{\"conformant\": true}\n"); // an earlier run's verdict
        Files.writeString(reports.resolve(Reports.XML), "<testsuites tests=\"1\" failures=\"0\"/>\n");
        Files.writeString(reports.resolve(Reports.HTML), "<p>Conformant</p>\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process kit = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Droletck.home=" + Python.projectDir(), KitStuckInTheFeatures.class.getName(), reports.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(kit.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = said.readLine()) != null && !line.equals(KitStuckInTheFeatures.SIGNAL)) {
                // the kit's own output before the signal
            }
            assertEquals(KitStuckInTheFeatures.SIGNAL, line, "the kit reached the feature scenarios");
            kit.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            assertTrue(kit.waitFor(10, TimeUnit.SECONDS));
        } finally {
            kit.destroyForcibly();
        }
        try (Stream<Path> left = Files.list(reports)) {
            List<String> verdicts = left.filter(f -> {
                try {
                    return Files.readString(f).contains("onformant");
                } catch (java.io.IOException e) {
                    return false;
                }
            }).map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(List.of(), verdicts, "files that state a verdict after the run was killed");
        }
        for (String report : List.of(Reports.JSON, Reports.XML, Reports.HTML)) {
            assertTrue(Files.notExists(reports.resolve(report)), report + " is still there");
        }
    }

    /**
     * Each report replaces the old file by a rename, never by writing into it: a reader, or a kill
     * mid-write, sees the old report or the new one, whole. An old report.json hard-linked elsewhere
     * shows it — written in place, the other name would change too.
     */
    @Test
    void eachReportReplacesTheOldOneWholeByARename() throws Exception {
        HarnessResult result = Harness.run(Fixtures.options(new Implementation.InProcess(new Fixtures.Delegating())),
                Fixtures.cases().subList(0, 5));
        Path reports = Files.createDirectories(dir.resolve("reports"));
        for (String report : List.of(Reports.JSON, Reports.XML, Reports.HTML)) {
            Files.writeString(reports.resolve(report), "old");
            Files.createLink(dir.resolve("old-" + report), reports.resolve(report));
        }
        Reports.writeAll(reports, result, java.util.Locale.ENGLISH);
        for (String report : List.of(Reports.JSON, Reports.XML, Reports.HTML)) {
            assertEquals("old", Files.readString(dir.resolve("old-" + report)), report + " was written in place");
            assertTrue(Files.readString(reports.resolve(report)).length() > 100, report);
        }
        try (Stream<Path> left = Files.list(reports)) {
            assertEquals(List.of(Reports.HTML, Reports.JSON, Reports.XML),
                    left.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
    }

    /**
     * A kit verifying an implementation that passes every case and then, once the feature scenarios
     * ask it something, says so on standard output and never answers; for the test above.
     */
    public static final class KitStuckInTheFeatures {
        static final String SIGNAL = "in the features";

        public static void main(String[] args) {
            List<ConformanceCase> cases = Fixtures.cases().subList(0, 40);
            AtomicInteger calls = new AtomicInteger();
            Fixtures.Delegating policy = new Fixtures.Delegating() {
                private void count() {
                    if (calls.incrementAndGet() <= cases.size()) return;
                    System.out.println(SIGNAL);
                    System.out.flush();
                    while (true) {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            // stuck for good
                        }
                    }
                }

                @Override public AccessDecision decide(AccessRequest request) {
                    count();
                    return inner.decide(request);
                }

                @Override public AssignmentDecision decide(AssignmentRequest request) {
                    count();
                    return inner.decide(request);
                }
            };
            Path features = Path.of(System.getProperty("roletck.home", ".")).resolve("features");
            Harness.run(Fixtures.options(new Implementation.InProcess(policy)).withReportDir(Path.of(args[0])), cases,
                    Optional.of(new Harness.FeatureRun(features, Set.of("en"), TestSpec.dir())));
            System.out.println("the run ended");
        }
    }
}
