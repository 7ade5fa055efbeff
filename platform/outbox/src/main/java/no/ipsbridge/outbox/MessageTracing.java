package no.ipsbridge.outbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * Carries a trace across Kafka (ADR 34): the outbox keeps the W3C {@code traceparent} of the change that wrote an
 * event, the relay publishes the event in a producer span under it and sends that span's {@code traceparent} as a
 * record header, and a consumer handles the event in a consumer span under the header's. With the OpenTelemetry SDK
 * off (the default outside a traced deployment) nothing is kept and nothing is sent.
 */
@ApplicationScoped
public class MessageTracing {

    static final String TRACEPARENT = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;

    MessageTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The {@code traceparent} of the span the caller is in, or null when it is in none that is recorded. */
    String currentTraceParent() {
        return Span.current().getSpanContext().isValid() ? traceParentOf(Context.current()) : null;
    }

    /**
     * A producer span for sending one event, under the trace the event was written in; null when it was written
     * outside a trace. End it when the broker has acknowledged.
     */
    Span publishing(String topic, String eventId, String storedTraceParent) {
        if (storedTraceParent == null) {
            return null;
        }
        Context parent = W3C.extract(Context.root(), Map.of(TRACEPARENT, storedTraceParent), MAP);
        return tracer.spanBuilder(topic + " publish").setSpanKind(SpanKind.PRODUCER).setParent(parent)
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", topic).setAttribute("messaging.message.id", eventId)
                .startSpan();
    }

    /** The header that carries {@code span} to the consumers. */
    static String traceParentOf(Span span) {
        return traceParentOf(Context.root().with(span));
    }

    /**
     * A consumer span for handling one record, under the trace its {@code traceparent} header names; null when it
     * has none. Make it current while handling, so that what the handler writes (and publishes) joins the trace.
     */
    Span processing(String topic, String consumerGroup, String eventId, Headers headers) {
        Header header = headers.lastHeader(TRACEPARENT);
        if (header == null) {
            return null;
        }
        Context parent = W3C.extract(Context.root(),
                Map.of(TRACEPARENT, new String(header.value(), StandardCharsets.UTF_8)), MAP);
        return tracer.spanBuilder(topic + " process").setSpanKind(SpanKind.CONSUMER).setParent(parent)
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.consumer.group.name", consumerGroup)
                .setAttribute("messaging.message.id", eventId).startSpan();
    }

    private static String traceParentOf(Context context) {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }
}
