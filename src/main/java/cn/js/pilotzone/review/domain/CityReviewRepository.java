package cn.js.pilotzone.review.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface CityReviewRepository extends Repository<CityReview, Long> {

    CityReview save(CityReview review);

    List<CityReview> findByApplicationIdOrderByDecidedAtDesc(long applicationId);

    Optional<CityReview> findFirstByApplicationIdAndDecisionOrderByDecidedAtDesc(long applicationId,
            cn.js.pilotzone.review.Decision decision);

    Optional<CityReview> findByLetterCode(String letterCode);
}
