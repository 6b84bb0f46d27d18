package cn.js.pilotzone.identity;

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

    public boolean hasSecondFactor(long accountId) {
        return accounts.findById(accountId).map(account -> account.hasSecondFactor()).orElse(false);
    }
}
