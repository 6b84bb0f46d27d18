package cn.js.pilotzone.application.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface VetoKeywordRepository extends Repository<VetoKeyword, String> {

    VetoKeyword save(VetoKeyword keyword);

    void delete(VetoKeyword keyword);

    Optional<VetoKeyword> findById(String word);

    boolean existsById(String word);

    List<VetoKeyword> findAllByOrderByWord();
}
