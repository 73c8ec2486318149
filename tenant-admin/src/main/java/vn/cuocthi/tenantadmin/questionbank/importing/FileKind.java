package vn.cuocthi.tenantadmin.questionbank.importing;

/** What an uploaded file really is, told from its first bytes rather than from its name. */
enum FileKind {
    /** A zip package: xlsx, docx, a QTI package. */
    ZIP,
    PDF,
    /** OLE2 compound file: Word 97–2003 (.doc), Excel 97–2003 (.xls), or an encrypted xlsx/docx. */
    LEGACY_OFFICE,
    TEXT,
    BINARY;

    private static final int SNIFFED_BYTES = 8192;

    static FileKind of(byte[] bytes) {
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 'P', 'K', 5, 6)) {
            return ZIP;
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return LEGACY_OFFICE;
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return TEXT; // UTF-16 with a byte-order mark, as Notepad saves "Unicode"
        }
        int sniffed = Math.min(bytes.length, SNIFFED_BYTES);
        int controls = 0;
        for (int i = 0; i < sniffed; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return BINARY;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls * 20 > sniffed ? BINARY : TEXT;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
