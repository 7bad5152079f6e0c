package dev.roletck.harness;

/**
 * Told how far a run has got, to show it while it runs (a progress line on a terminal). Called
 * from the thread that runs the cases; an implementation must be quick and must not throw.
 */
public interface Progress {
    /** Shows nothing. */
    Progress NONE = new Progress() {
        @Override public void cases(int done, int total, int failures) {}

        @Override public void scenarios() {}

        @Override public void done() {}
    };

    /** {@code done} of {@code total} cases have run, {@code failures} of them failed the run so far. */
    void cases(int done, int total, int failures);

    /** The cases are over; the feature scenarios are running. */
    void scenarios();

    /** The run is over: whatever was shown is taken away, before the summary is printed. */
    void done();
}
