package org.resulta.exchange.iati;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A baseline, target or actual {@code @value} as published, read the way a person would: currency signs (£, $, €)
 * or codes ({@code GBP 1000}), a trailing percent sign and thousands separators ({@code 20,000},
 * {@code 3 500 000}) are stripped; anything that is still not a plain decimal number is text.
 *
 * @param raw      the value as written, white space folded; null when absent
 * @param number   the number it states, or null when it is text
 * @param currency the ISO 4217 code its sign or code names, or null
 * @param cleaned  true when a sign, code or separators had to be removed to read the number
 */
record IatiValue(String raw, BigDecimal number, String currency, boolean cleaned) {

    private static final Pattern PLAIN = Pattern.compile("-?(\\d+(\\.\\d+)?|\\.\\d+)");
    private static final Pattern COMMA_GROUPS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern SPACE_GROUPS = Pattern.compile("-?\\d{1,3}([ \\u00A0\\u202F]\\d{3})+(\\.\\d+)?");
    private static final Pattern LEADING_CODE = Pattern.compile("^([A-Z]{3})\\s*(?=[-\\d.])");
    private static final Pattern TRAILING_CODE = Pattern.compile("(?<=[\\d.])\\s*([A-Z]{3})$");

    static IatiValue of(String raw, String defaultCurrency) {
        String text = IatiText.line(raw);
        if (text == null) {
            return new IatiValue(null, null, null, false);
        }
        String s = text;
        String currency = null;
        boolean cleaned = false;
        boolean negative = false;
        if (s.startsWith("-") && s.length() > 1 && isSign(s.charAt(1))) {
            negative = true;
            s = s.substring(1);
        }
        if (!s.isEmpty() && isSign(s.charAt(0))) {
            currency = currencyOf(s.charAt(0), defaultCurrency);
            s = s.substring(1).trim();
            cleaned = true;
        } else {
            Matcher code = LEADING_CODE.matcher(s);
            if (code.find()) {
                currency = code.group(1);
                s = s.substring(code.end());
                cleaned = true;
            }
        }
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).trim();
            cleaned = true;
        } else if (!s.isEmpty() && isSign(s.charAt(s.length() - 1))) {
            currency = currencyOf(s.charAt(s.length() - 1), defaultCurrency);
            s = s.substring(0, s.length() - 1).trim();
            cleaned = true;
        } else {
            Matcher code = TRAILING_CODE.matcher(s);
            if (code.find() && currency == null) {
                currency = code.group(1);
                s = s.substring(0, code.start()).trim();
                cleaned = true;
            }
        }
        String digits;
        if (PLAIN.matcher(s).matches()) {
            digits = s;
        } else if (COMMA_GROUPS.matcher(s).matches()) {
            digits = s.replace(",", "");
            cleaned = true;
        } else if (SPACE_GROUPS.matcher(s).matches()) {
            digits = s.replaceAll("[ \\u00A0\\u202F]", "");
            cleaned = true;
        } else {
            return new IatiValue(text, null, null, false);
        }
        BigDecimal number = new BigDecimal(digits);
        return new IatiValue(text, negative ? number.negate() : number, currency, cleaned);
    }

    boolean isNumber() {
        return number != null;
    }

    boolean isAbsent() {
        return raw == null;
    }

    private static boolean isSign(char c) {
        return c == '£' || c == '$' || c == '€';
    }

    /** £ is GBP and € EUR; $ is the activity's default currency when that is a dollar, else USD. */
    private static String currencyOf(char sign, String defaultCurrency) {
        return switch (sign) {
            case '£' -> "GBP";
            case '€' -> "EUR";
            default -> defaultCurrency != null && defaultCurrency.toUpperCase(Locale.ROOT).matches("[A-Z]{2}D")
                    ? defaultCurrency.toUpperCase(Locale.ROOT) : "USD";
        };
    }
}
