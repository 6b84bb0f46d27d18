package cn.js.pilotzone.application;

import java.util.List;

import cn.js.pilotzone.common.DomainException;

/** The park may not start an application; every failed rule of §1 is listed. */
public class IneligibleException extends DomainException {

    private final transient List<EligibilityPolicy.Failure> failures;

    public IneligibleException(List<EligibilityPolicy.Failure> failures) {
        super(failures.get(0).messageKey());
        this.failures = List.copyOf(failures);
    }

    public List<EligibilityPolicy.Failure> failures() {
        return failures;
    }
}
