package vn.cuocthi.platformcore.unit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    List<Unit> findAllByOrderByCodeAsc();

    @Modifying
    @Query("delete from Unit")
    void deleteAllUnits();
}
