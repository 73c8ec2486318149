package vn.cuocthi.tenantadmin.contest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.HostScoped;

/**
 * The wizard's general step's upload and delete buttons for reference documents. Both go back to that step,
 * with the outcome (or every reason for a refusal, nothing stored) shown above the list of files.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class ContestDocumentsPageController {

    private final ContestDocuments documents;
    private final ErrorMessages errors;

    ContestDocumentsPageController(ContestDocuments documents, ErrorMessages errors) {
        this.documents = documents;
        this.errors = errors;
    }

    @PostMapping("/admin/contests/{id}/documents")
    String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String title, Authentication staff, Locale locale, RedirectAttributes redirect)
            throws IOException {
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            documents.upload(id, title, file == null ? null : file.getOriginalFilename(), in, staff.getName());
            redirect.addFlashAttribute("documentUploaded", true);
        } catch (ApiException e) {
            if ("contest.notFound".equals(e.key())) {
                throw e;
            }
            redirect.addFlashAttribute("documentErrors", errors.describe(e, locale));
            redirect.addFlashAttribute("documentTitle", title);
        }
        return back(id);
    }

    @PostMapping("/admin/contests/{id}/documents/{documentId}/delete")
    String delete(@PathVariable UUID id, @PathVariable UUID documentId, Authentication staff, Locale locale,
                  RedirectAttributes redirect) {
        try {
            documents.delete(id, documentId, staff.getName());
            redirect.addFlashAttribute("documentDeleted", true);
        } catch (ApiException e) {
            if ("contest.notFound".equals(e.key())) {
                throw e;
            }
            redirect.addFlashAttribute("documentErrors", errors.describe(e, locale));
        }
        return back(id);
    }

    private static String back(UUID id) {
        return "redirect:/admin/contests/" + id + "/edit/general#documents-upload";
    }
}
