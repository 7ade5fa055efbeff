package no.ipsbridge.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each service's resident memory, read from {@code /proc}: the process is the JVM whose environment gives it the
 * service's port, so a second system on the machine (the tests', beside `./ips up`) is never mistaken for it.
 */
final class Footprint {

    private static final double GOAL_MB = 250;

    List<Row> measure(Bench bench, String when) {
        List<Row> rows = new ArrayList<>();
        for (String service : bench.target.services().keySet().stream().sorted().toList()) {
            Optional<Long> pid = pidOf(bench.target.port(service));
            if (pid.isEmpty()) {
                bench.say("no process found for %s; its memory is not measured", service);
                continue;
            }
            double megabytes = residentKilobytes(pid.get()) / 1024.0;
            rows.add(new Row("resident memory of " + service + ", " + when, "", new Measurement(megabytes, 0, 0, 1, 0),
                    "MB", "", null, new Row.Goal("≤ " + (int) GOAL_MB + " MB", megabytes <= GOAL_MB)));
        }
        return rows;
    }

    private static Optional<Long> pidOf(int port) {
        String wanted = "QUARKUS_HTTP_PORT=" + port;
        return ProcessHandle.allProcesses().map(ProcessHandle::pid).filter(pid -> {
            try {
                String environment = Files.readString(Path.of("/proc", pid.toString(), "environ"),
                        StandardCharsets.ISO_8859_1);
                return List.of(environment.split("\0")).contains(wanted);
            } catch (IOException | SecurityException e) {
                return false;
            }
        }).findFirst();
    }

    private static long residentKilobytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }
}
