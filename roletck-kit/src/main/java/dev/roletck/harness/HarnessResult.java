package dev.roletck.harness;

import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Summary;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The outcome of a run: every case's result, in case order, and what was tested. */
public record HarnessResult(String implementation, List<CaseResult> results, Duration elapsed) {
    public HarnessResult {
        Objects.requireNonNull(implementation, "implementation");
        results = List.copyOf(results);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public Summary summary() { return Summary.of(results); }

    public boolean conformant() { return summary().conformant(); }

    /** 0 conformant, 1 not conformant. */
    public int exitCode() { return conformant() ? ExitCodes.OK : ExitCodes.FAILED; }

    /** The results that make the run not conformant. */
    public List<CaseResult> failures() {
        return results.stream().filter(r -> r.outcome().failsRun()).toList();
    }
}
