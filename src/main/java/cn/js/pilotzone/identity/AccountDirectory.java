package cn.js.pilotzone.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.js.pilotzone.identity.domain.AccountRepository;

/** Facts about accounts that pages need and the session principal does not carry. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** A person who can be given work, as other modules list them. */
    public record Person(long accountId, String loginName, String displayName, String organisationName) {
    }

    /** The active accounts holding a role, by login name. */
    public List<Person> activeWithRole(Role role) {
        return accounts.withRoleAndStatus(role, AccountStatus.ACTIVE).stream()
                .map(a -> new Person(a.id(), a.loginName(), a.displayName(), a.organisation().name())).toList();
    }

    public Optional<Person> person(long accountId) {
        return accounts.findById(accountId)
                .map(a -> new Person(a.id(), a.loginName(), a.displayName(), a.organisation().name()));
    }

    public boolean hasSecondFactor(long accountId) {
        return accounts.findById(accountId).map(account -> account.hasSecondFactor()).orElse(false);
    }
}
