package org.resulta.measurement;

import org.resulta.shared.InvalidValueException;
import org.resulta.shared.Violation;

import java.util.List;

/** A batch of actuals refused as a whole, with every line's errors; nothing of it was saved. */
public class InvalidEntriesException extends InvalidValueException {

    private final List<EntryError> errors;

    public InvalidEntriesException(List<EntryError> errors) {
        super(errors.size() == 1 ? errors.get(0).field() : "entries", errors.size() == 1 ? errors.get(0).rule() : "invalid-entries",
                errors.size() == 1 ? errors.get(0).message()
                        : errors.size() + " entries are not valid; nothing was saved");
        this.errors = List.copyOf(errors);
    }

    public List<EntryError> errors() {
        return errors;
    }

    @Override
    public List<Violation> violations() {
        return errors.stream().map(e -> new Violation(e.item(), e.field(), e.rule(), e.message())).toList();
    }
}
