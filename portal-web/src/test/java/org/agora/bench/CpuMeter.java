package org.agora.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the CPU goes during a measurement: this JVM (the load generator), Payara, PostgreSQL, and
 * everything else on the machine (Keycloak idling, and whatever else runs here — a build beside
 * the benchmark shows up as "other" and makes the figures unreliable).
 */
final class CpuMeter {

    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    private final ProcessHandle payara;
    private final String postgresDataDir;

    CpuMeter(ProcessHandle payara, Path postgresDataDir) {
        this.payara = payara;
        this.postgresDataDir = postgresDataDir.toString();
    }

    record Sample(long nanoTime, long client, long payara, long postgres, long machineBusy) {
        Usage until(Sample later) {
            return new Usage(
                    Duration.ofNanos(later.nanoTime - nanoTime),
                    Duration.ofNanos(later.client - client),
                    Duration.ofNanos(later.payara - payara),
                    Duration.ofNanos(later.postgres - postgres),
                    Duration.ofNanos(later.machineBusy - machineBusy));
        }
    }

    /** CPU time spent in a wall-clock interval; {@link #cores} turns it into average busy cores. */
    record Usage(Duration wall, Duration client, Duration payara, Duration postgres, Duration machine) {
        double cores(Duration cpu) {
            return (double) cpu.toNanos() / wall.toNanos();
        }

        Duration other() {
            Duration other = machine.minus(client).minus(payara).minus(postgres);
            return other.isNegative() ? Duration.ZERO : other;
        }
    }

    Sample sample() {
        return new Sample(System.nanoTime(), ownCpu(), cpu(Stream.of(payara)), postgres(), machineBusy());
    }

    private static long ownCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long cpu(Stream<ProcessHandle> processes) {
        return processes
                .map(p -> p.info().totalCpuDuration())
                .flatMap(Optional::stream)
                .mapToLong(Duration::toNanos)
                .sum();
    }

    /**
     * The postmaster of this benchmark's cluster with what its ended backends used (the
     * children's times the kernel adds to it) and its live backends.
     */
    private long postgres() {
        return ProcessHandle.allProcesses()
                        .filter(p -> p.info()
                                .commandLine()
                                .map(c -> c.contains(postgresDataDir))
                                .orElse(false))
                        .mapToLong(postmaster -> ticks(postmaster.pid(), true)
                                + postmaster
                                        .descendants()
                                        .mapToLong(p -> ticks(p.pid(), false))
                                        .sum())
                        .sum()
                * NANOS_PER_TICK;
    }

    /** utime + stime of /proc/pid/stat, with the reaped children's cutime + cstime if asked; 0 once gone. */
    private static long ticks(long pid, boolean withEndedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withEndedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long machineBusy() {
        try {
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // user, nice, system and steal (time the hypervisor gave to others); not idle and iowait,
            // and not irq and softirq: that is mostly the loopback traffic of the benchmark itself
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 8}) {
                busy += i < fields.length ? Long.parseLong(fields[i]) : 0;
            }
            return busy * NANOS_PER_TICK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
