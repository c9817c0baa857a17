package org.resulta.results;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Unchecked reads for other modules' services, which check scope on their own facades first. */
public interface ResultsLookup {

    Optional<ResultNodeReference> nodeReference(String code);

    Optional<ResultNodeReference> node(long id);

    List<ResultNodeReference> nodes(Collection<Long> ids);
}
