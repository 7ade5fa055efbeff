package no.ipsbridge.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The CloudEvents type of an event record, e.g. {@code no.ipsbridge.client.referred.v1}: it stands on the record so
 * that the name and the shape it promises are read together. A change that would break a consumer is a new record with
 * the next version suffix, published beside the old one; an existing type is never edited incompatibly.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();
}
