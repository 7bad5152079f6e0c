package dev.roletck.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Starts implementations in a process group of their own and ends the whole group — children,
 * grandchildren and double-forked daemons that stayed in it — when the implementation is done
 * with, and on every exit of the kit, a SIGTERM or Ctrl-C included (a shutdown hook).
 *
 * <p>On Linux the command runs under {@code setsid}, so its process id is the id of its group, and
 * the group's members are found in {@code /proc}. Elsewhere, or without {@code setsid}, the kit
 * ends the process and its descendants as far as Java can see them. A process that leaves the group
 * on purpose (calls {@code setsid()} itself) is beyond the reach of either.
 */
final class ProcessGroups {
    private ProcessGroups() {}

    private static final Path PROC = Path.of("/proc");
    private static final Path SETSID = findSetsid();
    private static final Set<Long> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Thread hook = new Thread(() -> {
            for (Long group : List.copyOf(LIVE)) killGroup(group);
        }, "roletck-end-implementations");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private static Path findSetsid() {
        if (!Files.isDirectory(PROC)) return null;
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path p = Path.of(dir, "setsid");
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** Whether implementations get a process group of their own here. */
    static boolean grouped() { return SETSID != null; }

    /** Starts {@code command} in a new process group and registers it to be ended on exit. */
    static Process start(ProcessBuilder builder) throws IOException {
        List<String> command = builder.command();
        if (SETSID != null) {
            List<String> wrapped = new ArrayList<>(command.size() + 1);
            wrapped.add(SETSID.toString());
            wrapped.addAll(command);
            builder = builder.command(wrapped);
        }
        Process p = builder.start();
        builder.command(command);
        LIVE.add(p.pid());
        return p;
    }

    /** Ends the process, everything in its group and every descendant Java can see; forgets the group. */
    static void end(Process process) {
        long group = process.pid();
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        killGroup(group);
        LIVE.remove(group);
    }

    /** Kills every process whose process group is {@code group} (Linux: read from /proc/PID/stat). */
    static void killGroup(long group) {
        if (SETSID == null) {
            ProcessHandle.of(group).ifPresent(h -> {
                h.descendants().forEach(ProcessHandle::destroyForcibly);
                h.destroyForcibly();
            });
            return;
        }
        for (long pid : members(group)) ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    /** The processes of group {@code group}. */
    static List<Long> members(long group) {
        List<Long> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(PROC)) {
            for (Path e : (Iterable<Path>) entries::iterator) {
                String name = e.getFileName().toString();
                if (name.isEmpty() || !Character.isDigit(name.charAt(0))) continue;
                try {
                    String stat = Files.readString(e.resolve("stat"));
                    // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so read after the last ')'
                    String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(rest[2]) == group) out.add(Long.parseLong(name));
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            // no /proc to read: nothing more to find
        }
        return out;
    }
}
