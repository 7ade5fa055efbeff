package no.ipsbridge.rest;

/**
 * Strong ETags from an aggregate's version, and the If-Match check that refuses a change made against a stale
 * copy (412), so two people editing one client never overwrite each other unseen.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @param required true for full replacements (PUT), where a missing If-Match is refused with 428
     */
    public static void check(String ifMatch, long currentVersion, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new ProblemException(428, "if-match-required", "Precondition required",
                        "Send If-Match with the ETag you last read, so that no one else's change is overwritten");
            }
            return;
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current) || tag.equals("W/" + current)) {
                return;
            }
        }
        throw new ProblemException(412, "stale-version", "Precondition failed",
                "The resource changed since you read it (now " + current + "); read it again and retry");
    }
}
