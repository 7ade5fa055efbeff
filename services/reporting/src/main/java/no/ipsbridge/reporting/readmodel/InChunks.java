package no.ipsbridge.reporting.readmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A query by a list of ids, asked a thousand at a time: a unit of a region holds tens of thousands of clients, and
 * PostgreSQL takes at most 65,535 parameters in a statement.
 */
public final class InChunks {

    private static final int CHUNK = 1000;

    private InChunks() {
    }

    public static <I, T> List<T> query(Collection<I> ids, Function<List<I>, List<T>> query) {
        List<I> all = new ArrayList<>(ids);
        List<T> results = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            results.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return results;
    }
}
