package no.ipsbridge.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void clusterIdsAreKafkasShapeAndNeverLookLikeACommandLineOption() {
        // 1 random id in 64 would start with '-'; 2000 draws all but guarantee one was redrawn.
        IntStream.range(0, 2000).mapToObj(i -> KafkaBroker.newClusterId()).forEach(id -> {
            assertThat(id).hasSize(22).matches("[A-Za-z0-9_][A-Za-z0-9_-]{21}");
        });
    }
}
