package no.ipsbridge.rest;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A request field that a command does not define is refused (400 naming it) rather than dropped: a clinic
 * system's engineer who sends {@code assignedOn} to a command without one learns it at once, not from a wrong
 * report months later. Events are read by their own, tolerant mapper ({@code EventJson}), so new event fields
 * never break a consumer.
 */
@Singleton
public class StrictRequestBodies implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
