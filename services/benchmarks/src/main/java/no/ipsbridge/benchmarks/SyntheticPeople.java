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
    private final int firstDay;
    private final AtomicLong next;

    /** Synthetic fødselsnumre from a random point of their range. */
    SyntheticPeople() {
        this(1, ThreadLocalRandom.current().nextLong(SPACE));
    }

    private SyntheticPeople(int firstDay, long start) {
        this.firstDay = firstDay;
        this.next = new AtomicLong(start);
    }

    /** Synthetic D-numbers (day + 40) in order from the first: a range the fødselsnumre above never draw from. */
    static SyntheticPeople dNumbers() {
        return new SyntheticPeople(41, 0);
    }

    String next() {
        while (true) {
            long n = next.getAndIncrement() % SPACE;
            String stem = String.format("%02d%02d%02d%03d", firstDay + n % 28, 81 + (n / 28) % 12,
                    (n / (28 * 12)) % 100, n / (28 * 12 * 100));
            var number = PersonalIdentityNumber.complete(stem);
            if (number.isPresent()) {
                return number.get();
            }
        }
    }
}
