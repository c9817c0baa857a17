package org.resulta.measurement.domain;

import org.resulta.audit.AuditAction;
import org.resulta.audit.AuditEntry;
import org.resulta.audit.AuditTrail;
import org.resulta.audit.AuditedEntity;
import org.resulta.measurement.ConstantRequest;
import org.resulta.measurement.ConstantView;
import org.resulta.measurement.FormulaConstants;
import org.resulta.measurement.calculation.formula.Formula;
import org.resulta.shared.Actors;
import org.resulta.shared.ConflictException;
import org.resulta.shared.InvalidValueException;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.Numbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The named constants of formulas. The formula catalog binds their values each time it is built, and it is rebuilt
 * when the constants change (see {@code FormulaService#catalog()}): the analytics, which take the catalog on every
 * computation, use a changed value at once, with no event to miss.
 */
@Service
@Transactional
class ConstantService implements FormulaConstants {

    private final ConstantRepository constants;
    private final FormulaRepository formulas;
    private final AuditTrail audit;

    ConstantService(ConstantRepository constants, FormulaRepository formulas, AuditTrail audit) {
        this.constants = constants;
        this.formulas = formulas;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConstantView> constants() {
        return constants.all().stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ConstantView constant(String codeOrUid) {
        return view(existing(codeOrUid));
    }

    @Override
    public ConstantView createConstant(ConstantRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw new InvalidValueException("code", "required", "A constant needs a code, as formulas name it: C{code}");
        }
        String code = request.code().strip();
        String dhis2Id = blankToNull(request.dhis2Id());
        refuseTaken(code, null);
        if (dhis2Id != null) {
            refuseTaken(dhis2Id, null);
        }
        constants.insert(code, dhis2Id, request.name().strip(), request.value(), blankToNull(request.description()),
                Actors.current());
        ConstantView saved = constant(code);
        audit.record(new AuditEntry(AuditedEntity.FORMULA_CONSTANT, code, AuditAction.CREATE, null, null,
                describe(saved), null));
        return saved;
    }

    @Override
    public ConstantView changeConstant(String code, ConstantRequest request) {
        ConstantRepository.StoredConstant before = existing(code);
        if (request.code() != null && !request.code().isBlank() && !request.code().strip().equals(before.code())) {
            throw new InvalidValueException("code", "constant-code-fixed", "The code of constant " + before.code()
                    + " cannot change: formulas name it. Create a new constant instead");
        }
        String dhis2Id = blankToNull(request.dhis2Id());
        if (dhis2Id != null) {
            refuseTaken(dhis2Id, before.code());
        }
        String removedUid = before.dhis2Id() != null && !before.dhis2Id().equals(dhis2Id) ? before.dhis2Id() : null;
        if (removedUid != null) {
            List<String> users = usedBy(removedUid);
            if (!users.isEmpty()) {
                throw new ConflictException("dhis2Id", "constant-in-use", "The formulas of " + String.join(", ", users)
                        + " name constant " + before.code() + " by its DHIS2 uid " + removedUid + ": it cannot change");
            }
        }
        ConstantView old = view(before);
        constants.update(before.code(), dhis2Id, request.name().strip(), request.value(),
                blankToNull(request.description()), Actors.current());
        ConstantView saved = constant(before.code());
        audit.record(new AuditEntry(AuditedEntity.FORMULA_CONSTANT, before.code(), AuditAction.UPDATE, null,
                describe(old), describe(saved), null));
        return saved;
    }

    @Override
    public void deleteConstant(String code) {
        ConstantRepository.StoredConstant constant = existing(code);
        ConstantView view = view(constant);
        if (!view.usedBy().isEmpty()) {
            throw new ConflictException("code", "constant-in-use", "Constant " + constant.code()
                    + " is used by the formulas of " + String.join(", ", view.usedBy())
                    + ": change those formulas before deleting it");
        }
        constants.delete(constant.code());
        audit.record(new AuditEntry(AuditedEntity.FORMULA_CONSTANT, constant.code(), AuditAction.DELETE, null,
                describe(view), null, null));
    }

    // ---- helpers

    private ConstantRepository.StoredConstant existing(String key) {
        return constants.find(key).orElseThrow(() -> new NotFoundException("code", "constant", key));
    }

    private void refuseTaken(String key, String except) {
        constants.find(key).filter(c -> !c.code().equals(except)).ifPresent(c -> {
            throw new ConflictException(key.equals(c.code()) ? "code" : "dhis2Id", "duplicate",
                    "Constant " + c.code() + " already has the code or DHIS2 uid " + key);
        });
    }

    private ConstantView view(ConstantRepository.StoredConstant c) {
        List<String> users = new ArrayList<>(usedBy(c.code()));
        if (c.dhis2Id() != null) {
            usedBy(c.dhis2Id()).stream().filter(u -> !users.contains(u)).forEach(users::add);
        }
        return new ConstantView(c.code(), c.dhis2Id(), c.name(), Numbers.plain(c.value()), c.description(), List.copyOf(users),
                c.changedAt(), c.changedBy());
    }

    /** The formula indicators whose formulas write {@code C{key}}. */
    private List<String> usedBy(String key) {
        List<String> users = new ArrayList<>();
        for (FormulaRepository.StoredFormula f : formulas.all()) {
            if (uses(f.numerator(), key) || f.denominator() != null && uses(f.denominator(), key)) {
                users.add(f.indicatorCode());
            }
        }
        return users;
    }

    private static boolean uses(String formula, String key) {
        try {
            return Formula.parse(formula).constants().contains(key);
        } catch (RuntimeException e) {
            return formula.contains("C{" + key + "}");
        }
    }

    private static String describe(ConstantView c) {
        return "value=" + c.value().toPlainString() + "; name=" + c.name()
                + (c.dhis2Id() == null ? "" : "; dhis2Id=" + c.dhis2Id());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
