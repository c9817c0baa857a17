package org.resulta.measurement.domain;

import org.resulta.measurement.StatusPolicies;
import org.resulta.measurement.StatusPolicyRequest;
import org.resulta.measurement.StatusPolicyView;
import org.resulta.shared.Actors;
import org.resulta.shared.InvalidValueException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

@Service
@Transactional
class StatusPolicyService implements StatusPolicies {

    private final StatusPolicyRepository policies;

    StatusPolicyService(StatusPolicyRepository policies) {
        this.policies = policies;
    }

    @Override
    @Transactional(readOnly = true)
    public StatusPolicyView inForce(LocalDate day) {
        return policies.inForce(day).orElseThrow(() -> new IllegalStateException(
                "No traffic-light policy is in force on " + day + "; publish one under Administration"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatusPolicyView> history() {
        return policies.history();
    }

    @Override
    public StatusPolicyView publish(StatusPolicyRequest request) {
        if (request.amberMin().compareTo(request.greenMin()) > 0) {
            throw new InvalidValueException("amberMin", "threshold-order", "Amber starts at " + request.amberMin()
                    + "%, above green's " + request.greenMin() + "%; amber must start at or below green");
        }
        if (request.achievementCap().compareTo(request.greenMin()) < 0) {
            throw new InvalidValueException("achievementCap", "cap-below-green", "The cap "
                    + request.achievementCap() + "% is below the green threshold " + request.greenMin() + "%");
        }
        int version = policies.insert(request.greenMin(), request.amberMin(), request.achievementCap(),
                request.effectiveFrom(), request.sourceReference(),
                request.verificationStatus() == null ? "U" : request.verificationStatus(), request.note(), Actors.current());
        return policies.history().stream().filter(p -> p.version() == version).findFirst().orElseThrow();
    }
}
