package no.ipsbridge.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import no.ipsbridge.infra.KafkaAccess;
import no.ipsbridge.infra.KafkaBroker;
import no.ipsbridge.infra.KeycloakServer;
import no.ipsbridge.infra.Workspace;

/**
 * {@code ./ips up}: the whole system on this machine, on fixed ports, with demo data. State lives in {@code .ips/}
 * at the repository root, so committed data survives a stop and the next start.
 */
public final class Launcher {

    private final Path root = Workspace.repositoryRoot();
    private final Path state = Workspace.createDirectories(root.resolve(".ips"));
    private final Instant started = Instant.now();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final int replicas;
    /** Set before anything starts, so that a stop during the start finds what to stop. */
    private volatile IpsSystem system;
    private volatile boolean stopping;

    private Launcher(int replicas) {
        this.replicas = replicas;
    }

    public static void main(String[] args) throws Exception {
        // The launcher prints its own progress; the starters' log lines would only repeat it.
        java.util.logging.Logger.getLogger("no.ipsbridge.infra").setLevel(java.util.logging.Level.WARNING);
        int replicas;
        try {
            replicas = replicas(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new Launcher(replicas).run();
    }

    /** {@code --replicas N} (or {@code --replicas=N}): how many instances of every service to run; 1 without it. */
    static int replicas(List<String> args) {
        int replicas = 1;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value;
            if (arg.equals("--replicas")) {
                value = i + 1 < args.size() ? args.get(++i) : "nothing";
            } else if (arg.startsWith("--replicas=")) {
                value = arg.substring("--replicas=".length());
            } else {
                throw usage("unknown option " + arg);
            }
            try {
                replicas = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw usage("--replicas wants a number, not " + value);
            }
            if (replicas < 1 || replicas > IpsSystem.MAX_REPLICAS) {
                throw usage("--replicas wants 1 to " + IpsSystem.MAX_REPLICAS + ", not " + replicas);
            }
        }
        return replicas;
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + "; usage: ./ips up [--replicas N]");
    }

    private void run() throws Exception {
        Files.writeString(state.resolve("launcher.pid"), Long.toString(ProcessHandle.current().pid()));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "ips-down"));

        progress("Starting IPS Bridge (state in %s)", root.relativize(state));
        system = IpsSystem.prepare(IpsSystem.Layout.documented(state, replicas));
        try {
            system.launch(line -> progress("%s", line));
        } catch (IllegalStateException e) {
            if (stopping) {
                // ./ips down (or Ctrl-C) while it started: the shutdown hook has stopped what was running.
                stopped.await();
                return;
            }
            throw e;
        }
        Path demoLoaded = state.resolve("demo-loaded");
        if (Files.exists(demoLoaded)) {
            progress("Demo data as loaded on %s (remove .ips for a fresh copy)", Files.readString(demoLoaded).strip());
        } else {
            LocalDate demoDay = DemoData.demoDay(state.resolve("demo-day"));
            new DemoData(system.keycloak(), system.services(), demoDay).load(this::progress);
            Files.writeString(demoLoaded, demoDay.toString());
        }
        printAddresses(system.services(), system.kafka(), system.keycloak());
        if (replicas > 1) {
            printReplicas();
        }
        stopped.await();
    }

    private void printAddresses(List<LocalService> services, KafkaBroker kafka, KeycloakServer keycloak) {
        StringBuilder out = new StringBuilder("\nIPS Bridge is up (" + elapsed() + ").\n\n");
        for (LocalService service : services) {
            if (!service.servesApi()) {
                out.append(String.format("  %-12s %s/   (the phone app and dashboard; sign in as a demo user)%n",
                        service.name(), service.url()));
            } else {
                out.append(String.format("  %-12s %s/q/swagger-ui   (API %s/api, health %s/q/health)%n",
                        service.name(), service.url(), service.url(), service.url()));
            }
        }
        out.append(String.format("  %-12s %s   (realm %s; admin console: admin / admin)%n", "Keycloak",
                keycloak.url(), KeycloakServer.REALM));
        out.append(String.format("  %-12s %s   (topics ips.<service>.v1; sign in as a partner:%n"
                + "                 kcat -b %s %s -t ips.clients.v1 -C -e -f '%%k %%h %%s\\n')%n", "Kafka",
                kafka.bootstrapServers(), kafka.bootstrapServers(), KafkaAccess.PARTNER.kcatOptions()));
        out.append(String.format("  %-12s 127.0.0.1:%d   (user postgres, one database per service)%n", "PostgreSQL",
                system.postgresPort()));
        out.append("""

                  A token for a demo user (password: demo):
                    TOKEN=$(curl -s -d grant_type=password -d client_id=ips-cli -d username=clinician.bergen \\
                      -d password=demo %s/protocol/openid-connect/token | jq -r .access_token)
                    curl -H "Authorization: Bearer $TOKEN" %s/api/clients

                  Demo users: specialist.bergen (and 2, 3), counsellor.bergen (and 2), clinician.bergen,
                  clinician.oslo, lead.bergen, lead.nav-bergen, manager.bergen, manager.oslo. What to try: README.md. Stop with Ctrl-C, or ./ips down.
                """.formatted(keycloak.issuer(), services.isEmpty() ? "" : services.getFirst().url()));
        System.out.println(out);
    }

    private void printReplicas() {
        StringBuilder out = new StringBuilder(String.format(
                "  %d replicas of every service share its database, topics and consumer groups:%n", replicas));
        for (LocalService service : system.services()) {
            out.append(String.format("  %-12s %s%n", service.name(), String.join("  ",
                    system.replicas(service.name()).stream().map(IpsSystem.Replica::url).toList())));
        }
        out.append("  The web client calls the first replica of each service; logs: .ips/logs/clients.log, "
                + "clients-2.log, ...\n");
        System.out.println(out);
    }

    private synchronized void stopAll() {
        if (stopped.getCount() == 0) {
            return;
        }
        stopping = true;
        progress("Stopping IPS Bridge ...");
        if (system != null) {
            system.close();
        }
        try {
            Files.deleteIfExists(state.resolve("launcher.pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress("Stopped; data kept in %s", root.relativize(state));
        stopped.countDown();
    }

    void progress(String format, Object... args) {
        System.out.printf("[%5s] %s%n", elapsed(), String.format(format, args));
        System.out.flush();
    }

    private String elapsed() {
        return Duration.between(started, Instant.now()).toSeconds() + "s";
    }
}
