package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.Optional;

/**
 * The checks an Excel or Word upload passes before POI opens it: the right kind of file, and a safe zip. A contest's
 * reference documents pass the same ({@link #inspect}), since contestants' Office programs open them.
 */
public final class OfficePackage {

    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String DOCUMENT = "word/document.xml";
    /** POI's own bound (ZipSecureFile's maximum file count); a real workbook or document has a few dozen parts. */
    private static final int MAX_PARTS = 1_000;

    private OfficePackage() {
    }

    /**
     * Why a .xlsx ({@code workbook}) or .docx file kept as it is must be refused: a zip bomb, too many parts, unsafe
     * paths, a DTD, a corrupt archive, or not that kind of package; empty when it is safe.
     */
    public static Optional<ImportProblem> inspect(byte[] content, boolean workbook) {
        ImportContext context = new ImportContext(workbook ? QuestionFormat.XLSX : QuestionFormat.DOCX, ImportLimits.defaults());
        return check(content, context) ? Optional.empty() : context.problems().stream().findFirst();
    }

    /** True when the upload is a safe package of the format being imported; otherwise says what it is instead. */
    static boolean check(byte[] content, ImportContext context) {
        QuestionFormat format = context.format();
        switch (FileKind.of(content)) {
            case ZIP -> {
                // fall through to the zip checks below
            }
            case PDF -> {
                context.problem(0, ProblemCode.FILE_IS_PDF, format.label());
                return false;
            }
            case LEGACY_OFFICE -> {
                context.problem(0, ProblemCode.FILE_IS_LEGACY_OFFICE, format.label());
                return false;
            }
            default -> {
                context.problem(0, ProblemCode.FILE_NOT_PACKAGE, format.label());
                return false;
            }
        }
        Optional<ZipPackage> zip = ZipPackage.open(content, context, MAX_PARTS, name -> false);
        if (zip.isEmpty()) {
            return false;
        }
        String wanted = format == QuestionFormat.XLSX ? WORKBOOK : DOCUMENT;
        if (zip.get().has(wanted)) {
            return true;
        }
        if (zip.get().has(WORKBOOK)) {
            context.problem(0, ProblemCode.FILE_IS_OTHER_FORMAT, QuestionFormat.XLSX.label(), format.label());
        } else if (zip.get().has(DOCUMENT)) {
            context.problem(0, ProblemCode.FILE_IS_OTHER_FORMAT, QuestionFormat.DOCX.label(), format.label());
        } else {
            context.problem(0, ProblemCode.FILE_NOT_PACKAGE, format.label());
        }
        return false;
    }
}
