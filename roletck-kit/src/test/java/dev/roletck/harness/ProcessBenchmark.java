package dev.roletck.harness;

import dev.roletck.suite.CaseResult;
import dev.roletck.suite.ConformanceCase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints how long the kit takes to run the fixed cases, plus as many again to reach a given load
 * (the size of the generated cases), against a process — a benchmark, not a test:
 * {@code java -cp … dev.roletck.harness.ProcessBenchmark "python3 examples/python/policy.py" 14125 [window] [jobs]}.
 * It prints the wall time, the kit's CPU time and the answers per second, for each window given.
 */
public final class ProcessBenchmark {
    private ProcessBenchmark() {}

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "python3 examples/python/policy.py";
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 14_125;
        int window = args.length > 2 ? Integer.parseInt(args[2]) : ProcessSettings.DEFAULT_WINDOW;
        int jobs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        List<ConformanceCase> fixed = Fixtures.cases();
        List<ConformanceCase> load = new ArrayList<>(total);
        while (load.size() < total) load.addAll(fixed.subList(0, Math.min(fixed.size(), total - load.size())));
        ProcessSettings settings = ProcessSettings.DEFAULT.withWindow(window).withJobs(jobs);
        for (int round = 0; round < 2; round++) {
            long cpu0 = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis();
            long t0 = System.nanoTime();
            HarnessResult r = Harness.run(HarnessOptions.of(new Implementation.Command(command, Path.of("").toAbsolutePath(), settings))
                    .withDeadline(Duration.ofMinutes(5)), load);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis() - cpu0;
            System.out.printf("round %d: %,d requests, window %d, jobs %d: %,d ms wall (kit CPU %,d ms), %,d answers/s, %d failed%s%n",
                    round + 1, load.size(), window, jobs, ms, cpu, load.size() * 1000L / Math.max(1, ms), r.failures().size(),
                    r.failures().isEmpty() ? "" : " e.g. " + r.failures().stream().limit(1).map(CaseResult::message).toList());
        }
    }
}
