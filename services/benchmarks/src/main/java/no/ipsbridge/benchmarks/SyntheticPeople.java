package no.ipsbridge.benchmarks;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import no.ipsbridge.norwegianids.PersonalIdentityNumber;

/**
 * Synthetic fødselsnumre (month + 80, as Tenor's test persons), each drawn once: a run refers tens of thousands of
 * people, and random draws would meet a person already in IPS often enough to turn writes into 409s.
 */
final class SyntheticPeople {

    /** Day 1–28 × month 1–12 × year 00–99 × individual number 000–999. */
    private static final long SPACE = 28L * 12 * 100 * 1000;
    private final AtomicLong next = new AtomicLong(ThreadLocalRandom.current().nextLong(SPACE));

    String next() {
        while (true) {
            long n = next.getAndIncrement() % SPACE;
            String stem = String.format("%02d%02d%02d%03d", 1 + n % 28, 81 + (n / 28) % 12, (n / (28 * 12)) % 100,
                    n / (28 * 12 * 100));
            var number = PersonalIdentityNumber.complete(stem);
            if (number.isPresent()) {
                return number.get();
            }
        }
    }
}
