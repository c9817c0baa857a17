package org.resulta.shared;

/**
 * A request the domain refuses, with a message a user can act on. {@link #field()} names the input at
 * fault (may be null) and {@link #rule()} a short stable identifier of the rule that was broken.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;
    private final String rule;

    protected DomainException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    /** The individual violations when several were found at once; empty otherwise. */
    public java.util.List<Violation> violations() {
        return java.util.List.of();
    }

    /** Further facts about the refusal, as name and value (a formula's offending term and its position); empty by default. */
    public java.util.Map<String, Object> details() {
        return java.util.Map.of();
    }
}
