package no.ipsbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void oneReplicaUnlessAskedForMore() {
        assertThat(Launcher.replicas(List.of())).isEqualTo(1);
        assertThat(Launcher.replicas(List.of("--replicas", "2"))).isEqualTo(2);
        assertThat(Launcher.replicas(List.of("--replicas=3"))).isEqualTo(3);
    }

    @Test
    void aReplicaCountThatCannotRunIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> Launcher.replicas(List.of("--replicas", "0"))).hasMessageContaining("1 to 5")
                .hasMessageContaining("usage: ./ips up [--replicas N]");
        assertThatThrownBy(() -> Launcher.replicas(List.of("--replicas", "two"))).hasMessageContaining("not two");
        assertThatThrownBy(() -> Launcher.replicas(List.of("--replicas"))).hasMessageContaining("not nothing");
        assertThatThrownBy(() -> Launcher.replicas(List.of("--fast"))).hasMessageContaining("unknown option --fast");
    }

    @Test
    void laterReplicasListenAHundredAboveTheFirstAndNeverOnKeycloaksPort() {
        IpsSystem.Layout layout = IpsSystem.Layout.documented(Path.of(".ips"), IpsSystem.MAX_REPLICAS);
        for (LocalService service : layout.services()) {
            for (int n = 1; n <= IpsSystem.MAX_REPLICAS; n++) {
                assertThat(layout.portOf(service, n)).isEqualTo(service.port() + 100 * (n - 1))
                        .isNotIn(layout.keycloakPort(), layout.kafkaPort(), layout.kafkaControllerPort(),
                                layout.postgresPort());
            }
        }
    }
}
