package vn.cuocthi.tenantadmin.unit;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
@Tag(name = "Units", description = "The province's unit tree with staff headcounts, populations and prize blocks")
class UnitAdminController {

    private final UnitAdmin units;
    private final UnitImport importer;
    private final UnitSheet sheet;
    private final UnitBlocks blocks;

    UnitAdminController(UnitAdmin units, UnitImport importer, UnitSheet sheet, UnitBlocks blocks) {
        this.units = units;
        this.importer = importer;
        this.sheet = sheet;
        this.blocks = blocks;
    }

    /** A name for a block, shown instead of its code. */
    public record BlockName(String name) {
    }

    @GetMapping("/blocks")
    @Operation(summary = "List the prize blocks the units belong to, with their names and unit counts")
    List<UnitBlocks.Block> blocks() {
        return blocks.list();
    }

    @PutMapping("/blocks/{code}")
    @Operation(summary = "Name a prize block", description = "Units and collective rules keep the code; pages show the name. "
            + "404 for a code no unit has; a blank name removes it")
    List<UnitBlocks.Block> nameBlock(@PathVariable String code, @RequestBody BlockName body) {
        return blocks.rename(code, body == null ? null : body.name());
    }

    /** The list as the importer reads it, to edit in Excel and send back to {@code /import}. */
    @GetMapping("/export.xlsx")
    @Operation(summary = "Download the unit list as an Excel file in the importer's format",
            description = "Edit it in Excel and send it back to POST /api/v1/admin/units/import: the same columns and names")
    void export(HttpServletResponse response) throws IOException {
        sheet.send(response);
    }

    /** Replaces the list from an Excel (.xlsx) or CSV file: all or nothing, bad rows reported by row number. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace the unit list from an xlsx or csv file",
            description = "All or nothing: 422 lists every bad row by its row number and nothing changes")
    List<UnitView> importFile(@RequestParam MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return importer.importFile(file.getOriginalFilename(), in);
        }
    }

    @GetMapping
    @Operation(summary = "List the units, ordered by code")
    List<UnitView> list() {
        return units.list();
    }

    @PutMapping
    @Operation(summary = "Replace the whole unit list", description = "Checked as a whole (codes, parents, no cycles); 422 lists every problem")
    List<UnitView> replace(@RequestBody List<UnitInput> body) {
        return units.replace(body);
    }

    @PostMapping
    @Operation(summary = "Add one unit", description = "422 names the unit's own fields when it is invalid")
    List<UnitView> add(@RequestBody UnitInput body) {
        return units.save(null, body);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change one unit (its code may change too)")
    List<UnitView> change(@PathVariable String code, @RequestBody UnitInput body) {
        return units.save(code, body);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Remove one unit", description = "422 while other units name it as their parent")
    List<UnitView> delete(@PathVariable String code) {
        return units.delete(code);
    }
}
