package no.ipsbridge.rest;

/**
 * What text from a request may hold: no NUL or other control characters but tab and line breaks, and no half of a
 * UTF-16 surrogate pair. PostgreSQL refuses a NUL outright, and a lone surrogate is not text in any encoding, so
 * either would otherwise end as a 500 or as data no one can read back.
 */
public final class PlainText {

    public static final String RULE = "must not hold control characters or unpaired surrogates";

    private PlainText() {
    }

    public static boolean acceptable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
