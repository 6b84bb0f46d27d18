package cn.js.pilotzone.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import cn.js.pilotzone.identity.AccountStatus;
import cn.js.pilotzone.identity.Role;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByLoginName(String loginName);

    /** The id alone, without loading the account (and with it its login state) into the session. */
    @Query("select a.id from Account a where a.loginName = :loginName")
    Optional<Long> findIdByLoginName(@Param("loginName") String loginName);

    boolean existsByLoginName(String loginName);

    List<Account> findByStatusOrderById(AccountStatus status);

    @Query("select a from Account a where :role member of a.roles and a.status = :status order by a.loginName")
    List<Account> withRoleAndStatus(@Param("role") Role role, @Param("status") AccountStatus status);

    @Query("select count(a) > 0 from Account a where :role member of a.roles")
    boolean existsWithRole(@Param("role") Role role);

    @Query("""
            select distinct a from Account a join a.organisation o
            where (:status is null or a.status = :status)
              and (:role is null or :role member of a.roles)
              and (:organisationId is null or o.id = :organisationId)
              and (:text is null or lower(a.loginName) like :text escape '\\' or lower(a.displayName) like :text escape '\\'
                   or lower(o.name) like :text escape '\\')
            """)
    Page<Account> search(@Param("status") AccountStatus status, @Param("role") Role role,
            @Param("organisationId") Long organisationId, @Param("text") String text, Pageable pageable);
}
