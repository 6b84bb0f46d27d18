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

    /** Someone to tell: an active account, with its e-mail address where one is recorded. */
    public record Contact(long accountId, String displayName, String email) {
    }

    /** The active accounts of an organisation holding a role. */
    public List<Contact> contactsOf(long organisationId, Role role) {
        return contacts(role).stream().filter(c -> c.organisationId == organisationId).map(c -> c.contact).toList();
    }

    /** The active accounts holding a role in the organisations of a jurisdiction. */
    public List<Contact> contactsIn(String jurisdictionCode, Role role) {
        return contacts(role).stream().filter(c -> jurisdictionCode != null && jurisdictionCode.equals(c.jurisdiction))
                .map(c -> c.contact).toList();
    }

    public List<Contact> contactsWithRole(Role role) {
        return contacts(role).stream().map(c -> c.contact).toList();
    }

    public Optional<Contact> contact(long accountId) {
        return accounts.findById(accountId).map(a -> new Contact(a.id(), a.displayName(), a.email()));
    }

    private record Located(Contact contact, long organisationId, String jurisdiction) {
    }

    private List<Located> contacts(Role role) {
        return accounts.withRoleAndStatus(role, AccountStatus.ACTIVE).stream()
                .map(a -> new Located(new Contact(a.id(), a.displayName(), a.email()), a.organisation().id(),
                        a.organisation().jurisdiction() == null ? null : a.organisation().jurisdiction().code()))
                .toList();
    }

    public boolean hasSecondFactor(long accountId) {
        return accounts.findById(accountId).map(account -> account.hasSecondFactor()).orElse(false);
    }
}
