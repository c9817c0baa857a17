package org.resulta.measurement;

import java.util.function.Consumer;

/**
 * Rows of a file, pushed one at a time. A problem with the file itself (bytes that are not UTF-8, a broken
 * structure) is thrown as an {@link org.resulta.shared.InvalidValueException} naming the line; the load then
 * saves nothing.
 */
@FunctionalInterface
public interface ImportSource {

    void read(Consumer<ImportedActual> sink);
}
