package org.resulta.measurement.calculation.formula;

import java.util.function.Supplier;

/**
 * Reads a formula by recursive descent:
 * <pre>
 * expression = term { ("+" | "-") term }
 * term       = factor { ("*" | "/") factor }
 * factor     = ("-" | "+") factor | number | reference [ ".periodOffset(" integer ")" ] | constant
 *              | "(" expression ")"
 * reference  = ("#{" | "{") key [ "." key ] "}"      key = letters, digits, "-", "_" (dots inside a key allowed)
 * constant   = "C{" name "}"                          name = letters, digits, "-", "_"
 * </pre>
 * {@code {CODE}} is short for {@code #{CODE}}. Other DHIS2 items ({@code I{..}}, {@code R{..}}, {@code D{..}},
 * {@code A{..}}, {@code OUG{..}}, {@code [days]}) and functions ({@code if(..)}, {@code isNull(..)}, ...) are
 * refused, naming the item or function and its position.
 * The typographic operators − × ÷ are read as - * /. Errors name the 1-based position and the token found there.
 */
final class FormulaParser {

    private static final String PERIOD_OFFSET = ".periodOffset(";

    private final String text;
    private int at;

    private FormulaParser(String text) {
        this.text = text;
    }

    static Node parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FormulaException("The formula is empty", 0, "");
        }
        FormulaParser parser = new FormulaParser(text);
        Node root = parser.expression();
        parser.skipSpace();
        if (parser.at < text.length()) {
            throw parser.unexpected(text.charAt(parser.at) == ')' ? "a \")\" without its \"(\"" : "an operator or the end");
        }
        return root;
    }

    private Node expression() {
        return operations(this::term, '+', '-');
    }

    private Node term() {
        return operations(this::factor, '*', '/');
    }

    /** Operands joined left to right by either of two operators of the same precedence. */
    private Node operations(Supplier<Node> operand, char one, char other) {
        Node left = operand.get();
        while (true) {
            char op = operator();
            if (op != one && op != other) {
                return left;
            }
            at++;
            Node right = operand.get();
            left = new Node.Operation(op, left, right, left.start(), right.end());
        }
    }

    private Node factor() {
        skipSpace();
        if (at >= text.length()) {
            throw unexpected("a number, a reference or \"(\"");
        }
        int start = at;
        char c = text.charAt(at);
        char op = operator();
        if (op == '-' || op == '+') {
            at++;
            Node operand = factor();
            return op == '-' ? new Node.Negation(operand, start, operand.end()) : operand;
        }
        if (c == '(') {
            at++;
            Node inner = expression();
            skipSpace();
            if (at >= text.length() || text.charAt(at) != ')') {
                throw new FormulaException("Missing \")\" for the \"(\" at position " + (start + 1) + ": found "
                        + describe(at) + " at position " + (at + 1) + " in \"" + text + "\"", at + 1, token(at));
            }
            at++;
            return withSpan(inner, start, at);
        }
        if (Character.isDigit(c) || c == '.' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1))) {
            return number();
        }
        if (text.startsWith("#{", at)) {
            return reference(2);
        }
        if (text.startsWith("C{", at)) {
            return constant();
        }
        if (Character.isLetter(c) || c == '[') {
            throw unsupported();
        }
        if (c == '{') {
            return reference(1);
        }
        throw unexpected("a number, a reference or \"(\"");
    }

    /** A parenthesised expression spans its parentheses, so that messages quote them. */
    private static Node withSpan(Node node, int start, int end) {
        if (node instanceof Node.Operation o) {
            return new Node.Operation(o.operator(), o.left(), o.right(), start, end);
        }
        if (node instanceof Node.Negation n) {
            return new Node.Negation(n.operand(), start, end);
        }
        if (node instanceof Node.Operand o) {
            return new Node.Operand(o.reference(), start, end);
        }
        Node.Number n = (Node.Number) node;
        return new Node.Number(n.number(), start, end);
    }

    private Node number() {
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
            int digits = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            if (at == digits) {
                throw new FormulaException("The number at position " + (start + 1) + " cannot end with \".\" in \"" + text + "\"",
                        start + 1, text.substring(start, at));
            }
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            int mark = at;
            at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            int digits = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            if (at == digits) {
                at = mark;
            }
        }
        double value = Double.parseDouble(text.substring(start, at));
        if (!Double.isFinite(value)) {
            throw new FormulaException("The number at position " + (start + 1) + " is too large", start + 1, text.substring(start, at));
        }
        return new Node.Number(value, start, at);
    }

    /** A reference whose opening ("#{" or "{") is {@code opening} characters long. */
    private Node reference(int opening) {
        int start = at;
        int close = text.indexOf('}', at);
        if (close < 0) {
            throw new FormulaException("The reference at position " + (start + 1) + " has no closing \"}\" in \"" + text + "\"",
                    start + 1, text.substring(start).strip());
        }
        String key = text.substring(at + opening, close);
        String written = text.substring(start, close + 1);
        if (key.isBlank()) {
            throw new FormulaException("Empty reference " + written + " at position " + (start + 1), start + 1, written);
        }
        for (int i = 0; i < key.length(); i++) {
            char k = key.charAt(i);
            if (!Character.isLetterOrDigit(k) && k != '-' && k != '_' && k != '.') {
                throw new FormulaException("Unexpected \"" + k + "\" in the reference " + written + " at position "
                        + (start + opening + 1 + i) + ": codes use letters, digits, \"-\", \"_\" and \".\"", start + opening + 1 + i, written);
            }
        }
        if (key.startsWith(".") || key.endsWith(".") || key.contains("..")) {
            throw new FormulaException("Malformed reference " + written + " at position " + (start + 1)
                    + ": write #{item} or #{item.combination}", start + 1, written);
        }
        at = close + 1;
        int dot = key.lastIndexOf('.');
        String item = dot < 0 ? key : key.substring(0, dot);
        String combination = dot < 0 ? null : key.substring(dot + 1);
        int offset = 0;
        if (text.startsWith(PERIOD_OFFSET, at)) {
            offset = periodOffset();
        } else if (at < text.length() && text.charAt(at) == '.') {
            throw new FormulaException("Unknown function " + token(at) + " at position " + (at + 1)
                    + ": only .periodOffset(n) may follow a reference", at + 1, token(at));
        }
        return new Node.Operand(new Reference(item, combination, offset), start, at);
    }

    /** A constant {@code C{name}}: a number kept in the constants of the government. */
    private Node constant() {
        int start = at;
        int close = text.indexOf('}', at);
        if (close < 0) {
            throw new FormulaException("The constant at position " + (start + 1) + " has no closing \"}\" in \"" + text + "\"",
                    start + 1, text.substring(start).strip());
        }
        String key = text.substring(at + 2, close);
        String written = text.substring(start, close + 1);
        if (key.isBlank()) {
            throw new FormulaException("Empty constant " + written + " at position " + (start + 1), start + 1, written);
        }
        for (int i = 0; i < key.length(); i++) {
            char k = key.charAt(i);
            if (!Character.isLetterOrDigit(k) && k != '-' && k != '_') {
                throw new FormulaException("Unexpected \"" + k + "\" in the constant " + written + " at position "
                        + (start + 3 + i) + ": constants are named by code or DHIS2 uid (letters, digits, \"-\", \"_\")",
                        start + 3 + i, written);
            }
        }
        at = close + 1;
        if (at < text.length() && text.charAt(at) == '.') {
            throw new FormulaException("Unknown function " + token(at) + " at position " + (at + 1)
                    + ": a constant takes no function", at + 1, token(at));
        }
        return new Node.Constant(key, null, start, at);
    }

    /**
     * A DHIS2 item or function the engine does not compute: named with its position, so that a DHIS2 expression is
     * refused for what it uses, not for a character.
     */
    private FormulaException unsupported() {
        int start = at;
        int end = at;
        if (text.charAt(at) == '[') {
            int close = text.indexOf(']', at);
            end = close < 0 ? text.length() : close + 1;
        } else {
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
        }
        String name = text.substring(start, end);
        String kind;
        if (end < text.length() && text.charAt(end) == '{') {
            kind = "DHIS2 item " + name + "{...}";
            name = name + "{";
        } else if (end < text.length() && text.charAt(end) == '(') {
            kind = "function " + name + "()";
            name = name + "(";
        } else {
            kind = "\"" + name + "\"";
        }
        return new FormulaException("The " + kind + " at position " + (start + 1) + " is not supported: a formula "
                + "takes numbers, + - * /, parentheses, #{item}, #{item.combination}, .periodOffset(n) and C{constant}",
                start + 1, name);
    }

    private int periodOffset() {
        at += PERIOD_OFFSET.length();
        skipSpace();
        int start = at;
        if (at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
            at++;
        }
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        String digits = text.substring(start, at);
        skipSpace();
        if (digits.isEmpty() || digits.equals("-") || digits.equals("+") || at >= text.length() || text.charAt(at) != ')') {
            throw new FormulaException("periodOffset takes a whole number of periods, as in .periodOffset(-1): found "
                    + describe(at) + " at position " + (at + 1), at + 1, token(at));
        }
        at++;
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new FormulaException("The period offset " + digits + " is too large", start + 1, digits);
        }
    }

    /** The operator at the current position (typographic forms read as ASCII), or 0. */
    private char operator() {
        skipSpace();
        if (at >= text.length()) {
            return 0;
        }
        return switch (text.charAt(at)) {
            case '+' -> '+';
            case '-', '\u2212' -> '-';
            case '*', '\u00d7' -> '*';
            case '/', '\u00f7' -> '/';
            default -> 0;
        };
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private FormulaException unexpected(String expected) {
        return new FormulaException("Unexpected " + describe(at) + " at position " + (at + 1) + " in \"" + text
                + "\": expected " + expected, at + 1, token(at));
    }

    private String describe(int position) {
        return position >= text.length() ? "end of formula" : "\"" + token(position) + "\"";
    }

    /** The token starting at {@code position}: a reference, a number, a word or one character. */
    private String token(int position) {
        if (position >= text.length()) {
            return "";
        }
        if (text.startsWith("#{", position) || text.charAt(position) == '{') {
            int close = text.indexOf('}', position);
            return close < 0 ? text.substring(position).strip() : text.substring(position, close + 1);
        }
        int end = position;
        char c = text.charAt(position);
        if (Character.isLetterOrDigit(c) || c == '.' || c == '_') {
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.'
                    || text.charAt(end) == '_')) {
                end++;
            }
            return text.substring(position, end);
        }
        return String.valueOf(c);
    }
}
