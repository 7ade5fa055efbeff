package no.ipsbridge.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenTelemetry collector in the test JVM, holding what the services export in memory: an OTLP/HTTP endpoint
 * ({@code /v1/traces}, protobuf) whose requests it decodes itself, keeping of each span what the tests look at.
 * The services export to it when the system tests start them (SystemUnderTest).
 */
final class TraceCollector implements AutoCloseable {

    /** OTLP's span kinds, by their number in the protocol. */
    enum Kind {
        UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER
    }

    /** One exported span: which service, which trace, under which parent, what and with which attributes. */
    record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String name, Kind kind,
            Map<String, String> attributes) {
    }

    private final List<ExportedSpan> spans = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    TraceCollector() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/traces", this::receive);
        server.start();
    }

    /** The settings that make a service export its traces here, quickly. */
    Map<String, String> serviceEnvironment() {
        return Map.of("IPS_OTEL_DISABLED", "false",
                "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort(),
                "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
    }

    List<ExportedSpan> spans() {
        return List.copyOf(spans);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            byte[] request = body.readAllBytes();
            // ExportTraceServiceRequest: 1 = ResourceSpans
            for (ByteBuffer resourceSpans : fields(request, 1)) {
                String service = "";
                // ResourceSpans: 1 = Resource (1 = KeyValue attributes), 2 = ScopeSpans
                for (ByteBuffer resource : fields(bytes(resourceSpans), 1)) {
                    service = attributes(bytes(resource), 1).getOrDefault("service.name", "");
                }
                for (ByteBuffer scopeSpans : fields(bytes(resourceSpans), 2)) {
                    // ScopeSpans: 2 = Span
                    for (ByteBuffer span : fields(bytes(scopeSpans), 2)) {
                        spans.add(span(service, bytes(span)));
                    }
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind, 9 attributes. */
    private static ExportedSpan span(String service, byte[] span) {
        String parent = single(span, 4).map(TraceCollector::hex).orElse("");
        return new ExportedSpan(service, single(span, 1).map(TraceCollector::hex).orElse(""),
                single(span, 2).map(TraceCollector::hex).orElse(""), parent,
                single(span, 5).map(TraceCollector::text).orElse(""), Kind.values()[(int) varint(span, 6)],
                attributes(span, 9));
    }

    /** KeyValue: 1 key, 2 AnyValue; only string values (AnyValue's 1) are kept. */
    private static Map<String, String> attributes(byte[] message, int field) {
        Map<String, String> attributes = new HashMap<>();
        for (ByteBuffer keyValue : fields(message, field)) {
            byte[] pair = bytes(keyValue);
            String key = single(pair, 1).map(TraceCollector::text).orElse("");
            single(pair, 2).flatMap(value -> single(bytes(value), 1)).map(TraceCollector::text)
                    .ifPresent(value -> attributes.put(key, value));
        }
        return attributes;
    }

    private static Optional<ByteBuffer> single(byte[] message, int field) {
        List<ByteBuffer> found = fields(message, field);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getLast());
    }

    /** The length-delimited occurrences of a field in a protobuf message. */
    private static List<ByteBuffer> fields(byte[] message, int wanted) {
        List<ByteBuffer> found = new ArrayList<>();
        Reader reader = new Reader(message);
        while (reader.more()) {
            long tag = reader.varint();
            int field = (int) (tag >>> 3);
            int type = (int) (tag & 7);
            switch (type) {
                case 0 -> reader.varint();
                case 1 -> reader.skip(8);
                case 5 -> reader.skip(4);
                case 2 -> {
                    int length = (int) reader.varint();
                    if (field == wanted) {
                        found.add(ByteBuffer.wrap(message, reader.position, length));
                    }
                    reader.skip(length);
                }
                default -> throw new IllegalArgumentException("protobuf wire type " + type);
            }
        }
        return found;
    }

    /** A varint field's value (the last occurrence), 0 when absent. */
    private static long varint(byte[] message, int wanted) {
        long value = 0;
        Reader reader = new Reader(message);
        while (reader.more()) {
            long tag = reader.varint();
            int type = (int) (tag & 7);
            switch (type) {
                case 0 -> {
                    long read = reader.varint();
                    if ((tag >>> 3) == wanted) {
                        value = read;
                    }
                }
                case 1 -> reader.skip(8);
                case 5 -> reader.skip(4);
                case 2 -> reader.skip((int) reader.varint());
                default -> throw new IllegalArgumentException("protobuf wire type " + type);
            }
        }
        return value;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        return copy;
    }

    private static String hex(ByteBuffer buffer) {
        return HexFormat.of().formatHex(bytes(buffer));
    }

    private static String text(ByteBuffer buffer) {
        return new String(bytes(buffer), StandardCharsets.UTF_8);
    }

    private static final class Reader {
        private final byte[] message;
        private int position;

        Reader(byte[] message) {
            this.message = message;
        }

        boolean more() {
            return position < message.length;
        }

        long varint() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = message[position++];
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
        }

        void skip(int bytes) {
            position += bytes;
        }
    }
}
