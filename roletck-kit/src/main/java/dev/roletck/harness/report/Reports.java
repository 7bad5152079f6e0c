package dev.roletck.harness.report;

import dev.roletck.harness.HarnessResult;
import dev.roletck.harness.UsageException;
import dev.roletck.output.OutputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

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
            throw UsageException.of("message.usage.report_dir_create", Map.of("dir", dir.toString(), "error", String.valueOf(e.getMessage())));
        }
        if (!Files.isWritable(dir)) throw UsageException.of("message.usage.report_dir_not_writable", Map.of("dir", dir.toString()));
    }

    /** The files a run writes into its report folder: the three reports and Cucumber's own. */
    private static final java.util.List<String> WRITTEN = java.util.List.of(XML, JSON, HTML, "cucumber.html", "cucumber.json", "cucumber.xml");

    /**
     * Removes the reports an earlier run left in {@code dir}, once the run's inputs are read and
     * before anything is asked of the implementation: until this run writes its own, the folder
     * holds no verdict — never the last run's {@code "conformant": true} standing in for a run that
     * failed, hung or was killed. A folder that does not exist is left so.
     */
    public static void removeEarlier(Path dir) {
        for (String name : WRITTEN) {
            try {
                Files.deleteIfExists(dir.resolve(name));
            } catch (IOException e) {
                throw UsageException.of("message.usage.report_remove_earlier",
                        Map.of("file", dir.resolve(name).toString(), "error", String.valueOf(e.getMessage())));
            }
        }
    }

    /**
     * Writes the three reports once the run is over, each atomically: rendered whole first, written
     * to a temporary file beside it, then moved into place — so a run that fails, hangs or is
     * killed never leaves a report, or a stale verdict, half written.
     */
    public static void writeAll(Path dir, HarnessResult result, Locale locale) {
        ReportText text = ReportText.of(locale);
        String xml = JunitXmlReport.render(result, text);
        String json = JsonReport.render(result, text);
        String html = HtmlReport.render(result, text);
        try {
            Files.createDirectories(dir);
            OutputFiles.writeAtomically(dir.resolve(XML), xml);
            OutputFiles.writeAtomically(dir.resolve(JSON), json);
            OutputFiles.writeAtomically(dir.resolve(HTML), html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports into " + dir, e);
        }
    }
}
