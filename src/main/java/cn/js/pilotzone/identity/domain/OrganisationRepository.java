package cn.js.pilotzone.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import cn.js.pilotzone.identity.OrganisationKind;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByName(String name);

    Optional<Organisation> findByName(String name);

    @Query("select o.name from Organisation o where o.kind = :kind and o.jurisdiction.code = :jurisdiction"
            + " order by o.name")
    List<String> namesOfKindIn(@Param("kind") OrganisationKind kind, @Param("jurisdiction") String jurisdiction);

    @Query("select o.id from Organisation o where o.kind = cn.js.pilotzone.identity.OrganisationKind.PARK"
            + " and o.jurisdiction.code = :jurisdiction and (:name is null or lower(o.name) like :name escape '\\')")
    List<Long> parkIdsIn(@Param("jurisdiction") String jurisdiction, @Param("name") String namePattern);

    Optional<Organisation> findByCreditCode(String creditCode);

    List<Organisation> findByStatusOrderByName(Organisation.Status status);

    @Query("""
            select o from Organisation o left join o.jurisdiction j
            where (:kind is null or o.kind = :kind)
              and (:jurisdiction is null or j.code = :jurisdiction)
              and (:text is null or lower(o.name) like :text escape '\\')
            """)
    Page<Organisation> search(@Param("kind") OrganisationKind kind, @Param("jurisdiction") String jurisdiction,
            @Param("text") String text, Pageable pageable);
}
