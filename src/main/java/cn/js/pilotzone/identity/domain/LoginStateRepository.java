package cn.js.pilotzone.identity.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface LoginStateRepository extends Repository<LoginState, Long> {

    /** Locks the row until the transaction ends: parallel logins of one account wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from LoginState s where s.accountId = :accountId")
    Optional<LoginState> lockForLogin(@Param("accountId") long accountId);
}
