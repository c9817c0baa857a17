package org.resulta.results;

import org.resulta.framework.FrameworkPack;

import java.util.List;

/** A plan with its whole chain, and the framework pack whose words the pages use for it. */
public record ResultsChainView(PlanView plan, FrameworkPack pack, List<ResultNodeView> nodes,
                               List<ResultLinkView> links, List<ProgramView> programs,
                               List<AssumptionView> assumptions) {
}
