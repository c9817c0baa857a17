package org.resulta.shared;

/** A value that breaks a rule: wrong type, out of range, malformed. Answered with HTTP 400. */
public class InvalidValueException extends DomainException {

    public InvalidValueException(String field, String rule, String message) {
        super(field, rule, message);
    }
}
