package org.resulta.shared;

/** A request that clashes with what is stored: a duplicate code, an illegal state change, a cycle. HTTP 409. */
public class ConflictException extends DomainException {

    public ConflictException(String field, String rule, String message) {
        super(field, rule, message);
    }
}
