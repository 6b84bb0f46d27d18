package cn.js.pilotzone.identity;

import java.util.List;

import cn.js.pilotzone.common.DomainException;

/** A chosen password breaks one or more rules; the form shows each of them. */
public class PasswordRejectedException extends DomainException {

    private final List<String> violations;

    public PasswordRejectedException(List<String> violations) {
        super(violations.get(0));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
