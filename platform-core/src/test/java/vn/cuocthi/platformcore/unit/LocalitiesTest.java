package vn.cuocthi.platformcore.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The official list as the build unpacks it: found by the province's name however it is written. */
class LocalitiesTest {

    private final Localities localities = new Localities(JsonMapper.builder().build());

    @Test
    void aProvinceIsFoundByItsNameWithOrWithoutTinhOrDiacritics() {
        List<Localities.Locality> caoBang = localities.of("Cao Bằng");
        assertThat(caoBang).hasSize(161);
        assertThat(localities.of("Tỉnh Cao Bằng")).isEqualTo(caoBang);
        assertThat(localities.of("cao bang")).isEqualTo(caoBang);
        assertThat(localities.of("Thành phố Hà Nội")).extracting(Localities.Locality::name).contains("Phường Phúc Xá");
        assertThat(localities.of("Tỉnh Thử")).isEmpty();
        assertThat(localities.of(null)).isEmpty();
    }

    @Test
    void theListIsGroupedByDistrictAndSearchableWithoutDiacritics() {
        List<Localities.District> districts = localities.byDistrict("Cao Bằng");
        assertThat(districts).hasSize(10);
        assertThat(districts.getFirst().name()).isEqualTo("Thành phố Cao Bằng");
        assertThat(districts.stream().mapToInt(district -> district.localities().size()).sum()).isEqualTo(161);
        Localities.Locality songHien = localities.find("Cao Bằng", "01267").orElseThrow();
        assertThat(songHien.name()).isEqualTo("Phường Sông Hiến");
        assertThat(songHien.searchText()).isEqualTo("phuong song hien thanh pho cao bang");
        assertThat(localities.find("Lạng Sơn", "01267")).isEmpty();
        assertThat(localities.find("Cao Bằng", "đ")).isEmpty();
    }
}
