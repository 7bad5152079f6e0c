package dev.roletck.harness.report;

import dev.roletck.harness.HarnessResult;
import dev.roletck.harness.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes report.xml (JUnit), report.json and report.html into one folder. */
public final class Reports {
    public static final String XML = "report.xml";
    public static final String JSON = "report.json";
    public static final String HTML = "report.html";

    private Reports() {}

    /** Fails before the run when the report folder cannot be created. */
    public static void checkWritable(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UsageException("--report-dir: cannot create '" + dir + "': " + e.getMessage() + " — name a writable folder");
        }
        if (!Files.isWritable(dir)) throw new UsageException("--report-dir: '" + dir + "' is not writable — name a writable folder");
    }

    public static void writeAll(Path dir, HarnessResult result, Locale locale) {
        ReportText text = ReportText.of(locale);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(XML), JunitXmlReport.render(result), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(JSON), JsonReport.render(result, text), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(HTML), HtmlReport.render(result, text), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports into " + dir, e);
        }
    }
}
