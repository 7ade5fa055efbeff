package no.ipsbridge.system;

import static no.ipsbridge.system.SystemUnderTest.system;
import static no.ipsbridge.system.SystemUnderTest.traces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import no.ipsbridge.events.Topics;
import no.ipsbridge.infra.KafkaAccess;
import no.ipsbridge.norwegianids.SyntheticIdentityNumbers;
import no.ipsbridge.system.TraceCollector.ExportedSpan;
import no.ipsbridge.system.TraceCollector.Kind;

/**
 * A trace that starts at a REST call goes on across Kafka (ADR 34): the outbox keeps the call's trace context, the
 * relay publishes under it and sends {@code traceparent}, and the consumers of the other services continue it.
 */
@ExtendWith(SystemUnderTest.class)
class TracingTest {

    @Test
    void oneTraceGoesFromAReferralsRestCallThroughTheRelayToTheSpecialistsAndReportingConsumers() {
        UUID client = Journeys.referredClient(Map.of("nationalId", SyntheticIdentityNumbers.random(), "givenName",
                "Test", "familyName", "Person", "navOffice", "nav-bergen", "workingAtReferral", false));
        ConsumerRecord<String, String> referred = await().atMost(Duration.ofSeconds(30)).until(
                () -> PartnerConsumer.read(system().kafka(), KafkaAccess.PARTNER, List.of(Topics.CLIENTS)).stream()
                        .filter(record -> client.toString().equals(record.key()))
                        .filter(record -> PartnerConsumer.type(record).equals("no.ipsbridge.client.referred.v1"))
                        .findFirst(), Optional::isPresent).orElseThrow();
        String traceparent = WriteChecks.header(referred, "traceparent");
        assertThat(traceparent).as("the traceparent a partner receives").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        String traceId = traceparent.split("-")[1];
        String publishSpanId = traceparent.split("-")[2];

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, ExportedSpan> trace = traces().spans().stream().filter(span -> span.traceId().equals(traceId))
                    .collect(Collectors.toMap(ExportedSpan::spanId, Function.identity(), (a, b) -> a));
            ExportedSpan publish = trace.get(publishSpanId);
            assertThat(publish).as("the relay's span").isNotNull();
            assertThat(publish.service()).isEqualTo("ips-clients");
            assertThat(publish.kind()).isEqualTo(Kind.PRODUCER);
            assertThat(publish.attributes()).containsEntry("messaging.destination.name", Topics.CLIENTS)
                    .containsEntry("messaging.message.id", WriteChecks.header(referred, "ce_id"));

            ExportedSpan root = publish;
            while (trace.containsKey(root.parentSpanId())) {
                root = trace.get(root.parentSpanId());
            }
            assertThat(root.parentSpanId()).as("the trace starts in this system").isEmpty();
            assertThat(root.service()).isEqualTo("ips-clients");
            assertThat(root.kind()).isEqualTo(Kind.SERVER);
            assertThat(root.name()).contains("/api/referrals");

            assertThat(trace.values()).filteredOn(span -> span.kind() == Kind.CONSUMER)
                    .filteredOn(span -> span.parentSpanId().equals(publishSpanId))
                    .extracting(ExportedSpan::service)
                    .as("the consumers that handled the referral, under the relay's span")
                    .contains("ips-specialists", "ips-reporting");
        });
    }
}
