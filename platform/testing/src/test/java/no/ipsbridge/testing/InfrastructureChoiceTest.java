package no.ipsbridge.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

class InfrastructureChoiceTest {

    private final AtomicInteger dockerAsked = new AtomicInteger();

    private BooleanSupplier docker(boolean answers) {
        return () -> {
            dockerAsked.incrementAndGet();
            return answers;
        };
    }

    @Test
    void withoutASettingTheEmbeddedServersRunAndDockerIsNeverAsked() {
        assertThat(InfrastructureChoice.choose(null, docker(true))).isEqualTo(InfrastructureChoice.EMBEDDED);
        assertThat(InfrastructureChoice.choose(" ", docker(true))).isEqualTo(InfrastructureChoice.EMBEDDED);
        assertThat(InfrastructureChoice.choose("embedded", docker(true))).isEqualTo(InfrastructureChoice.EMBEDDED);
        assertThat(dockerAsked).as("a machine without Docker never waits for its socket").hasValue(0);
    }

    @Test
    void containersAreTakenWhenAskedForAndADockerEngineAnswers() {
        assertThat(InfrastructureChoice.choose("containers", docker(true))).isEqualTo(InfrastructureChoice.CONTAINERS);
        assertThat(InfrastructureChoice.choose("Containers ", docker(true)))
                .isEqualTo(InfrastructureChoice.CONTAINERS);
    }

    @Test
    void containersAskedForWithoutDockerFailAtOnceSayingWhatToDo() {
        assertThatThrownBy(() -> InfrastructureChoice.choose("containers", docker(false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no Docker engine answers")
                .hasMessageContaining(InfrastructureChoice.PROPERTY + "=embedded");
    }

    @Test
    void autoTakesContainersOnlyWhereDockerAnswers() {
        assertThat(InfrastructureChoice.choose("auto", docker(true))).isEqualTo(InfrastructureChoice.CONTAINERS);
        assertThat(InfrastructureChoice.choose("auto", docker(false))).isEqualTo(InfrastructureChoice.EMBEDDED);
    }

    @Test
    void aValueThatIsNoChoiceIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> InfrastructureChoice.choose("docker", docker(true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("embedded, containers or auto")
                .hasMessageContaining("not docker");
        assertThat(dockerAsked).hasValue(0);
    }

    @Test
    void onThisMachineTheTestsRunOnTheEmbeddedServers() {
        // CI sets nothing: the suite it runs is the Docker-free one.
        assertThat(System.getProperty(InfrastructureChoice.PROPERTY)).isNull();
        assertThat(InfrastructureChoice.fromSettings(docker(false))).isEqualTo(InfrastructureChoice.EMBEDDED);
    }
}
