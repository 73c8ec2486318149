package vn.cuocthi.tenantadmin.unit;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.cuocthi.platformcore.web.HostScoped;

/** Staff API for the province's units with staff headcounts and prize blocks. */
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/units")
class UnitAdminController {

    private final UnitAdmin units;
    private final UnitImport importer;

    UnitAdminController(UnitAdmin units, UnitImport importer) {
        this.units = units;
        this.importer = importer;
    }

    /** Replaces the list from an Excel (.xlsx) or CSV file: all or nothing, bad rows reported by row number. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    List<UnitView> importFile(@RequestParam MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return importer.importFile(file.getOriginalFilename(), in);
        }
    }

    @GetMapping
    List<UnitView> list() {
        return units.list();
    }

    @PutMapping
    List<UnitView> replace(@RequestBody List<UnitInput> body) {
        return units.replace(body);
    }
}
