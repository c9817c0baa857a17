package org.resulta.exchange.iati;

/** White space and length rules for texts read from IATI files. */
final class IatiText {

    private IatiText() {
    }

    /** All white space folded to single spaces, trimmed; null when nothing is left. */
    static String line(String text) {
        if (text == null) {
            return null;
        }
        String folded = text.replaceAll("[\\s\\u00A0]+", " ").trim();
        return folded.isEmpty() ? null : folded;
    }

    /** Line ends normalised, trailing spaces and runs of blank lines removed, trimmed; null when empty. */
    static String paragraphs(String text) {
        if (text == null) {
            return null;
        }
        String normal = text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").trim();
        return normal.isEmpty() ? null : normal;
    }

    /** The text cut to {@code max} characters (ending in an ellipsis when cut); null stays null. */
    static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1).stripTrailing() + "…";
    }

    static boolean isCut(String text, int max) {
        return text != null && text.length() > max;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
