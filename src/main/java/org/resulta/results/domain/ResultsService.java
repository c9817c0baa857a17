package org.resulta.results.domain;

import org.resulta.audit.AuditAction;
import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditTrail;
import org.resulta.audit.AuditedEntity;
import org.resulta.audit.ChangeDescription;
import org.resulta.framework.FrameworkPacks;
import org.resulta.identity.CurrentUser;
import org.resulta.organisation.OrgUnitLookup;
import org.resulta.organisation.OrgUnitView;
import org.resulta.results.AssumptionRequest;
import org.resulta.results.AssumptionView;
import org.resulta.results.OutcomeStage;
import org.resulta.results.PlanChange;
import org.resulta.results.PlanRequest;
import org.resulta.results.PlanStatus;
import org.resulta.results.PlanView;
import org.resulta.results.ProgramRequest;
import org.resulta.results.ProgramView;
import org.resulta.results.ResultLinkView;
import org.resulta.results.ResultNodeChange;
import org.resulta.results.ResultNodeReference;
import org.resulta.results.ResultNodeRequest;
import org.resulta.results.ResultNodeView;
import org.resulta.results.ResultsChainView;
import org.resulta.results.ResultsChanged;
import org.resulta.results.ResultsFramework;
import org.resulta.results.ResultsLookup;
import org.resulta.shared.Actors;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Page;
import org.resulta.shared.PageRequest;
import org.resulta.shared.ResultLevel;
import org.resulta.shared.ScoreWeight;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Service
@Transactional
class ResultsService implements ResultsFramework, ResultsLookup {

    private final PlanRepository plans;
    private final OrgUnitLookup units;
    private final FrameworkPacks packs;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ResultsService(PlanRepository plans, OrgUnitLookup units, FrameworkPacks packs, CurrentUser currentUser,
                   AuditTrail audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
        this.plans = plans;
        this.units = units;
        this.packs = packs;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PlanView> plans(String ownerUnitCode, PageRequest page) {
        int from = 0;
        int to = Integer.MAX_VALUE;
        List<Long> ancestors = new ArrayList<>();
        var scope = currentUser.scope();
        if (scope.isPresent()) {
            OrgUnitView scopeUnit = units.find(scope.get().id()).orElseThrow();
            from = scopeUnit.preOrder();
            to = scopeUnit.subtreeEnd();
            ancestors.addAll(scopeUnit.ancestorIds());
        }
        if (ownerUnitCode != null && !ownerUnitCode.isBlank()) {
            OrgUnitView owner = unit("ownerUnitCode", ownerUnitCode);
            boolean visible = scope.isEmpty() || (owner.preOrder() >= from && owner.preOrder() < to)
                    || ancestors.contains(owner.id());
            from = visible ? owner.preOrder() : 0;
            to = visible ? owner.preOrder() + 1 : 0;
            ancestors.clear();
        }
        long total = plans.countOwnedWithin(from, to, ancestors);
        List<PlanView> items = total == 0 ? List.of() : plans.findOwnedWithin(from, to, ancestors, page.offset(), page.size());
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView plan(String code) {
        return plans.findView(code).orElseThrow(() -> new NotFoundException("code", "plan", code));
    }

    @Override
    @Transactional(readOnly = true)
    public ResultsChainView chain(String code) {
        PlanView view = plan(code);
        PlanRecord plan = requirePlan(code);
        return new ResultsChainView(view, packs.get(view.frameworkCode()), plans.nodes(plan.id()),
                plans.links(plan.id()), plans.programs(plan.id()), plans.assumptions(plan.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public ResultNodeView node(String code) {
        return plans.node(code).orElseThrow(() -> new NotFoundException("code", "result", code));
    }

    @Override
    public PlanView createPlan(PlanRequest request) {
        PlanRecord.checkYears(request.startYear(), request.endYear());
        if (plans.planCodeExists(request.code())) {
            throw new ConflictException("code", "duplicate-code", "A plan with code '" + request.code() + "' already exists");
        }
        String framework = request.frameworkCode() == null || request.frameworkCode().isBlank()
                ? FrameworkPacks.GENERIC : request.frameworkCode();
        packs.get(framework);
        OrgUnitView owner = unit("ownerUnitCode", request.ownerUnitCode());
        plans.insertPlan(request.code().trim(), request.name().trim(), request.description(), owner.id(), framework,
                request.startYear(), request.endYear(), Actors.current());
        audit.record(new AuditEntry(AuditedEntity.PLAN, request.code().trim(), AuditAction.CREATE, owner.id(), null,
                ChangeDescription.of(request), null));
        return plan(request.code().trim());
    }

    @Override
    public PlanView changePlan(String code, PlanChange change) {
        PlanRecord.checkYears(change.startYear(), change.endYear());
        PlanRecord plan = requirePlan(code);
        packs.get(change.frameworkCode());
        PlanView before = plan(code);
        plans.updatePlan(plan.id(), change.name().trim(), change.description(), change.frameworkCode(),
                change.startYear(), change.endYear(), Actors.current());
        PlanView after = plan(code);
        planAudit(plan, AuditAction.UPDATE, ChangeDescription.between(before, after), null);
        events.publishEvent(new ResultsChanged(code));
        return after;
    }

    @Override
    public PlanView approvePlan(String code) {
        PlanRecord plan = requirePlan(code);
        plan.requireApprovable();
        if (plans.nodes(plan.id()).isEmpty()) {
            throw new ConflictException("code", "empty-plan", "Plan '" + code + "' has no results yet; add its chain before approving it");
        }
        plans.setStatus(plan.id(), PlanStatus.APPROVED, null, Actors.current());
        planAudit(plan, AuditAction.APPROVE, new ChangeDescription("status=DRAFT", "status=APPROVED"), null);
        return plan(code);
    }

    @Override
    public PlanView revisePlan(String code, String reason) {
        PlanRecord plan = requirePlan(code);
        plan.requireRevisable(reason);
        plans.setStatus(plan.id(), PlanStatus.DRAFT, reason.trim(), Actors.current());
        planAudit(plan, AuditAction.REOPEN, new ChangeDescription("status=APPROVED", "status=DRAFT"), reason.trim());
        return plan(code);
    }

    @Override
    public ResultNodeView addNode(String planCode, ResultNodeRequest request) {
        PlanRecord plan = requirePlan(planCode);
        plan.requireDraft();
        if (plans.nodeCodeExists(request.code())) {
            throw new ConflictException("code", "duplicate-code", "A result with code '" + request.code() + "' already exists");
        }
        OutcomeStage stage = stageFor(request.level(), request.outcomeStage());
        Long owner = optionalUnit("ownerUnitCode", request.ownerUnitCode());
        Long program = optionalProgram(plan, request.programCode());
        List<ResultNodeView> targets = new ArrayList<>();
        if (request.contributesTo() != null) {
            for (String to : request.contributesTo()) {
                ResultNodeView target = plans.node(to)
                        .orElseThrow(() -> new NotFoundException("contributesTo", "result", to));
                requireSamePlan(planCode, target);
                ContributionRule.refusal(new ContributionRule.End(request.code(), request.level(), stage), end(target))
                        .ifPresent(why -> {
                            throw new InvalidValueException("contributesTo", "chain-direction", why);
                        });
                targets.add(target);
            }
        }
        long id = plans.insertNode(plan.id(), request.code().trim(), request.level(), stage, request.statement().trim(),
                request.description(), owner, program, plans.nextSortOrder(plan.id()), Actors.current());
        for (ResultNodeView target : targets) {
            plans.insertLink(id, target.id(), BigDecimal.ONE, Actors.current());
        }
        audit.record(new AuditEntry(AuditedEntity.RESULT, request.code().trim(), AuditAction.CREATE, plan.ownerUnitId(),
                null, ChangeDescription.of(request), null));
        return node(request.code().trim());
    }

    @Override
    public ResultNodeView changeNode(String code, ResultNodeChange change) {
        ResultNodeView node = node(code);
        PlanRecord plan = requirePlan(node.planCode());
        plan.requireDraft();
        OutcomeStage stage = stageFor(node.level(), change.outcomeStage());
        plans.updateNode(node.id(), stage, change.statement().trim(), change.description(),
                optionalUnit("ownerUnitCode", change.ownerUnitCode()), optionalProgram(plan, change.programCode()),
                Actors.current());
        ResultNodeView after = node(code);
        events.publishEvent(new ResultsChanged(node.planCode()));
        ChangeDescription diff = ChangeDescription.between(node, after);
        if (!diff.isEmpty()) {
            audit.record(new AuditEntry(AuditedEntity.RESULT, code, AuditAction.UPDATE, plan.ownerUnitId(), diff.before(),
                    diff.after(), null));
        }
        return after;
    }

    @Override
    public ResultLinkView link(String fromCode, String toCode, BigDecimal weight) {
        ResultNodeView from = node(fromCode);
        ResultNodeView to = plans.node(toCode).orElseThrow(() -> new NotFoundException("toCode", "result", toCode));
        requireSamePlan(from.planCode(), to);
        PlanRecord plan = requirePlan(from.planCode());
        plan.requireDraft();
        ContributionRule.refusal(end(from), end(to)).ifPresent(why -> {
            throw new InvalidValueException("toCode", "chain-direction", why);
        });
        Optional<BigDecimal> current = plans.linkWeight(from.id(), to.id());
        if (current.isPresent()) {
            return weigh(plan, from, to, current.get(), weight == null ? current.get() : weight);
        }
        BigDecimal checked = ScoreWeight.orOne("weight", weight);
        plans.insertLink(from.id(), to.id(), checked, Actors.current());
        audit.record(new AuditEntry(AuditedEntity.RESULT, from.code(), AuditAction.UPDATE, plan.ownerUnitId(), null,
                "contributesTo+=" + to.code() + " (weight " + checked.toPlainString() + ")", null));
        events.publishEvent(new ResultsChanged(from.planCode()));
        return new ResultLinkView(from.code(), to.code(), checked);
    }

    @Override
    public ResultLinkView changeLinkWeight(String fromCode, String toCode, BigDecimal weight) {
        ResultNodeView from = node(fromCode);
        ResultNodeView to = plans.node(toCode).orElseThrow(() -> new NotFoundException("toCode", "result", toCode));
        PlanRecord plan = requirePlan(from.planCode());
        plan.requireDraft();
        BigDecimal current = plans.linkWeight(from.id(), to.id())
                .orElseThrow(() -> new NotFoundException("toCode", "link", fromCode + " -> " + toCode));
        return weigh(plan, from, to, current, weight);
    }

    /** Sets the weight of an existing link, audited as "weight=before" -> "weight=after" when it changes. */
    private ResultLinkView weigh(PlanRecord plan, ResultNodeView from, ResultNodeView to, BigDecimal current,
                                 BigDecimal weight) {
        BigDecimal checked = ScoreWeight.checked("weight", weight);
        if (checked.compareTo(current) != 0) {
            plans.updateLinkWeight(from.id(), to.id(), checked, Actors.current());
            audit.record(new AuditEntry(AuditedEntity.RESULT, from.code(), AuditAction.UPDATE, plan.ownerUnitId(),
                    "contributesTo " + to.code() + " weight=" + current.toPlainString(),
                    "contributesTo " + to.code() + " weight=" + checked.toPlainString(), null));
            events.publishEvent(new ResultsChanged(from.planCode()));
        }
        return new ResultLinkView(from.code(), to.code(), checked);
    }

    @Override
    public void unlink(String fromCode, String toCode) {
        ResultNodeView from = node(fromCode);
        ResultNodeView to = plans.node(toCode).orElseThrow(() -> new NotFoundException("toCode", "result", toCode));
        requirePlan(from.planCode()).requireDraft();
        if (plans.deleteLink(from.id(), to.id()) == 0) {
            throw new NotFoundException("toCode", "link", fromCode + " -> " + toCode);
        }
        audit.record(new AuditEntry(AuditedEntity.RESULT, from.code(), AuditAction.UPDATE,
                requirePlan(from.planCode()).ownerUnitId(), "contributesTo=" + to.code(), "contributesTo-=" + to.code(), null));
    }

    @Override
    public ProgramView addProgram(String planCode, ProgramRequest request) {
        PlanRecord plan = requirePlan(planCode);
        plan.requireDraft();
        if (plans.programCodeExists(request.code())) {
            throw new ConflictException("code", "duplicate-code", "A program with code '" + request.code() + "' already exists");
        }
        plans.insertProgram(plan.id(), request.code().trim(), request.name().trim(), request.description(),
                optionalUnit("ownerUnitCode", request.ownerUnitCode()), Actors.current());
        planAudit(plan, AuditAction.UPDATE, new ChangeDescription("", "program+=" + ChangeDescription.of(request)), null);
        return plans.programs(plan.id()).stream().filter(p -> p.code().equals(request.code().trim())).findFirst().orElseThrow();
    }

    @Override
    public AssumptionView addAssumption(String nodeCode, AssumptionRequest request) {
        ResultNodeView node = node(nodeCode);
        long id = plans.insertAssumption(node.id(), request.kind(), request.statement().trim(), Actors.current());
        audit.record(new AuditEntry(AuditedEntity.RESULT, node.code(), AuditAction.UPDATE,
                requirePlan(node.planCode()).ownerUnitId(), null, request.kind().name().toLowerCase() + "+=" + request.statement().trim(), null));
        return new AssumptionView(id, node.code(), request.kind(), request.statement().trim());
    }

    // ---- ResultsLookup

    @Override
    @Transactional(readOnly = true)
    public Optional<ResultNodeReference> node(long id) {
        return plans.reference(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ResultNodeReference> nodes(Collection<Long> ids) {
        return plans.references(ids);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ResultNodeReference> nodeReference(String code) {
        return plans.reference(code);
    }

    // ---- helpers

    private void planAudit(PlanRecord plan, AuditAction action, ChangeDescription change, String reason) {
        audit.record(new AuditEntry(AuditedEntity.PLAN, plan.code(), action, plan.ownerUnitId(),
                change.before().isEmpty() ? null : change.before(), change.after().isEmpty() ? null : change.after(), reason));
    }

    private PlanRecord requirePlan(String code) {
        return plans.find(code).orElseThrow(() -> new NotFoundException("planCode", "plan", code));
    }

    private OrgUnitView unit(String field, String code) {
        return units.find(code).orElseThrow(() -> new NotFoundException(field, "org unit", code));
    }

    private Long optionalUnit(String field, String code) {
        return code == null || code.isBlank() ? null : unit(field, code).id();
    }

    private Long optionalProgram(PlanRecord plan, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return plans.programId(plan.id(), code)
                .orElseThrow(() -> new NotFoundException("programCode", "program", code, "in plan " + plan.code()));
    }

    private static OutcomeStage stageFor(ResultLevel level, OutcomeStage requested) {
        if (level != ResultLevel.OUTCOME) {
            if (requested != null) {
                throw new InvalidValueException("outcomeStage", "outcome-only",
                        "Only outcomes have a stage (intermediate or final), not a " + level.label().toLowerCase());
            }
            return null;
        }
        return requested == null ? OutcomeStage.INTERMEDIATE : requested;
    }

    private static void requireSamePlan(String planCode, ResultNodeView target) {
        if (!target.planCode().equals(planCode)) {
            throw new InvalidValueException("contributesTo", "same-plan", "Result '" + target.code()
                    + "' belongs to plan '" + target.planCode() + "', not '" + planCode + "'");
        }
    }

    private static ContributionRule.End end(ResultNodeView node) {
        return new ContributionRule.End(node.code(), node.level(), node.outcomeStage());
    }
}
