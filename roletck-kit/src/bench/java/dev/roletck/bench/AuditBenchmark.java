package dev.roletck.bench;

import dev.roletck.audit.AdminListAudit;
import dev.roletck.audit.Delimiter;
import dev.roletck.audit.Export;
import dev.roletck.audit.Finding;
import dev.roletck.audit.Layout;
import dev.roletck.audit.SampleExports;
import dev.roletck.audit.Translation;
import dev.roletck.i18n.Catalog;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of {@code roletck audit} on a generated export of a million rows (goal: at least
 * 500,000 rows/s with a heap of at most 256 MB). Run by {@code bench/audit.sh}, which starts the JVM
 * with {@code -Xmx256m}; prints rows per second beside the goal, and the peak heap seen.
 */
public final class AuditBenchmark {
    private AuditBenchmark() {}

    static final double GOAL_ROWS_PER_SECOND = 500_000;
    static final long GOAL_HEAP = 256L * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Catalog catalog = Catalog.standard();
        Path file = Files.createTempFile("roletck-audit-bench-", ".csv");
        try {
            generate(file, catalog, rows);
            System.out.printf(Locale.ROOT, "export: %,d rows, %,d bytes (five columns, Polish, semicolons, CRLF, BOM)%n",
                    rows, Files.size(file));
            System.out.printf(Locale.ROOT, "heap: -Xmx %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            List<Double> audit = new ArrayList<>();
            for (int i = 0; i < runs; i++) audit.add(audit(file, catalog, rows));
            List<Double> parse = new ArrayList<>();
            for (int i = 0; i < Math.max(1, runs / 2); i++) parse.add(parseOnly(file, rows));
            List<Double> translate = new ArrayList<>();
            for (int i = 0; i < Math.max(1, runs / 2); i++) translate.add(translate(file, catalog, rows));
            long peak = peakHeap();
            System.gc();
            long live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            double best = audit.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double median = median(audit);
            System.out.printf(Locale.ROOT, "audit:     median %,.0f rows/s, best %,.0f rows/s over %d runs (goal >= %,.0f rows/s): %s%n",
                    median, best, runs, GOAL_ROWS_PER_SECOND, median >= GOAL_ROWS_PER_SECOND ? "met" : "NOT met");
            System.out.printf(Locale.ROOT, "audit:     median %,.0f rows per CPU-second of the auditing thread%n", median(CPU));
            System.out.printf(Locale.ROOT, "load average while running: %.1f on %d processors%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "baseline:  median %,.0f rows per CPU-second for Commons CSV alone (parse, no checks)%n", median(parse));
            System.out.printf(Locale.ROOT, "translate: median %,.0f rows/s (pl -> en)%n", median(translate));
            System.out.printf(Locale.ROOT, "peak heap used: %,d MB (goal <= %d MB): %s%n", peak / (1024 * 1024),
                    GOAL_HEAP / (1024 * 1024), peak <= GOAL_HEAP ? "met" : "NOT met");
            System.out.printf(Locale.ROOT, "heap in use after the runs and a GC: %,d MB%n", live / (1024 * 1024));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Rows per CPU-second of the auditing thread, per run (the machine may be shared; wall time then says little). */
    static final List<Double> CPU = new ArrayList<>();
    static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static double audit(Path file, Catalog catalog, int rows) throws Exception {
        long[] findings = new long[1];
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        AdminListAudit.Summary s = AdminListAudit.run(file, file.toString(), catalog, Locale.ENGLISH, new AdminListAudit.Listener() {
            @Override public void started(Export e) {}

            @Override public void finding(Finding f) { findings[0]++; }
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
        CPU.add(rows / cpu);
        if (s.rows() != rows) throw new IllegalStateException("audited " + s.rows() + " rows of " + rows);
        System.out.printf(Locale.ROOT, "  audit run: %,d rows in %.2f s (%.2f s of CPU), %,d findings, exit code %d%n",
                s.rows(), seconds, cpu, findings[0], s.exitCode());
        return rows / seconds;
    }

    /** Commons CSV reading the same file with nothing else done: the ceiling of the audit. */
    private static double parseOnly(Path file, int rows) throws Exception {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long n = 0;
        try (java.io.Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(r)) {
            for (org.apache.commons.csv.CSVRecord rec : p) n += rec.size();
        }
        double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
        if (n < rows) throw new IllegalStateException("parsed too few fields");
        return rows / cpu;
    }

    private static double translate(Path file, Catalog catalog, int rows) throws Exception {
        long t0 = System.nanoTime();
        AdminListAudit.Summary s = Translation.run(file, file.toString(), catalog, Locale.ENGLISH, Locale.ENGLISH,
                OutputStream.nullOutputStream(), new AdminListAudit.Listener() {
                    @Override public void started(Export e) {}

                    @Override public void finding(Finding f) {}
                });
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (s.rows() != rows || s.errors() != 0) throw new IllegalStateException("translated " + s.rows() + " rows, " + s.errors() + " errors");
        return rows / seconds;
    }

    /** A million distinct administrators with a realistic spread of role lists (a few break R23). */
    private static void generate(Path file, Catalog catalog, int rows) throws Exception {
        SampleExports.Style style = new SampleExports.Style(Layout.FIVE_COLUMNS, Locale.forLanguageTag("pl"), Delimiter.SEMICOLON, "\r\n", true);
        List<List<String>> roleLists = List.of(
                List.of("role.full_admin"),
                List.of("role.read_only_admin"),
                List.of("role.support_admin", "role.user_device_admin"),
                List.of("role.device_admin"),
                List.of("role.compliance_officer", "role.read_only_admin"),
                List.of("role.webex_site_admin", "role.meeting_content_admin"),
                List.of("role.contact_center_service_admin"),
                List.of("role.provisioning_admin"),
                List.of("role.full_admin@external"),
                List.of("role.full_admin", "role.advanced_troubleshooting_access", "role.webex_events_admin"));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            SampleExports.writeHeader(w, catalog, style);
            SampleExports.RowWriter writer = new SampleExports.RowWriter(catalog, style);
            for (int i = 0; i < rows; i++) {
                List<String> roles = i % 100_000 == 99_999
                        ? List.of("role.full_admin", "role.contact_center_service_admin") : roleLists.get(i % roleLists.size());
                writer.write(w, new SampleExports.Person("Imię" + i, "Nazwisko, " + (i % 977), "user" + i + "@example.com", roles));
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
