package dev.roletck.harness;

import dev.roletck.cli.ExitCodes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The outcome of a run: every case's outcome, in case order, and what was tested. */
public record HarnessResult(String implementation, List<CaseOutcome> outcomes, Duration elapsed) {
    public HarnessResult {
        Objects.requireNonNull(implementation, "implementation");
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public Summary summary() { return Summary.of(outcomes); }

    public boolean conformant() { return summary().conformant(); }

    /** 0 conformant, 1 not conformant. */
    public int exitCode() { return conformant() ? ExitCodes.OK : ExitCodes.FAILED; }

    public List<CaseOutcome> failures() {
        return outcomes.stream().filter(o -> o.status().failsRun()).toList();
    }
}
