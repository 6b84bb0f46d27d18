package cn.js.pilotzone.panel.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface RatingRepository extends Repository<Rating, Long> {

    Rating save(Rating rating);

    List<Rating> findBySheetId(long sheetId);
}
