package vn.cuocthi.tenantadmin.questionbank.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * A zip upload (xlsx, docx, QTI package) that has been inflated once, entry by entry, under the limits, before
 * anything else reads it: it refuses zip bombs (too many entries, too much inflated data, an abnormal compression
 * ratio, measured on the bytes really inflated rather than on the sizes the zip claims), paths leading outside the
 * package, repeated entries, XML parts declaring a DTD, and truncated or corrupt archives. It reads with the same
 * zip reader as POI (commons-compress, streaming), which also accepts the zips that LibreOffice, WPS Office or POI's
 * own streaming writer produce and {@code java.util.zip} refuses.
 */
final class ZipPackage {

    /** Entries smaller than this may compress at any ratio (as POI's ZipSecureFile allows). */
    private static final long RATIO_GRACE_BYTES = 100 * 1024;
    private static final byte[] END_OF_CENTRAL_DIRECTORY = {'P', 'K', 5, 6};
    private static final byte[][] DTD_MARKERS = {ascii("<!DOCTYPE"), ascii("<!ENTITY")};

    private final Set<String> names;
    private final Map<String, byte[]> kept;

    private ZipPackage(Set<String> names, Map<String, byte[]> kept) {
        this.names = names;
        this.kept = kept;
    }

    /**
     * Inspects the zip, keeping the bytes of the entries {@code keep} selects; empty after reporting why the upload
     * is refused. At most {@code maxEntries} entries (and never more than the limits allow).
     */
    static Optional<ZipPackage> open(byte[] zip, ImportContext context, int maxEntries, Predicate<String> keep) {
        if (!hasEndOfCentralDirectory(zip)) {
            context.problem(0, ProblemCode.ZIP_CORRUPT);
            return Optional.empty();
        }
        ImportLimits limits = context.limits();
        int entryLimit = Math.min(maxEntries, limits.maxZipEntries());
        Set<String> names = new LinkedHashSet<>();
        Map<String, byte[]> kept = new HashMap<>();
        long total = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipArchiveInputStream in = new OfficeZipInputStream(zip)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                Optional<ProblemCode> refusal = names.size() >= entryLimit
                        ? Optional.of(ProblemCode.ZIP_TOO_MANY_ENTRIES)
                        : !isSafe(name) ? Optional.of(ProblemCode.ZIP_UNSAFE_PATH)
                        : !names.add(name) ? Optional.of(ProblemCode.ZIP_DUPLICATE_ENTRY)
                        : Optional.empty();
                if (refusal.isPresent()) {
                    Object arg = refusal.get() == ProblemCode.ZIP_TOO_MANY_ENTRIES ? entryLimit : name;
                    context.problem(0, refusal.get(), arg);
                    return Optional.empty();
                }
                boolean xml = isXml(name);
                ByteArrayOutputStream content = keep.test(name) ? new ByteArrayOutputStream() : null;
                DtdScanner dtd = xml ? new DtdScanner() : null;
                long entrySize = 0;
                for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                    entrySize += read;
                    total += read;
                    if (total > limits.maxUncompressedBytes()) {
                        context.problem(0, ProblemCode.ZIP_TOO_LARGE, limits.maxUncompressedBytes() / (1024 * 1024));
                        return Optional.empty();
                    }
                    long compressedSize = Math.max(1, in.getCompressedCount());
                    if (entrySize > RATIO_GRACE_BYTES && entrySize / compressedSize > limits.maxCompressionRatio()) {
                        context.problem(0, ProblemCode.ZIP_BOMB, name);
                        return Optional.empty();
                    }
                    if (dtd != null && dtd.found(buffer, read)) {
                        context.problem(0, ProblemCode.ZIP_ENTRY_DTD, name);
                        return Optional.empty();
                    }
                    if (content != null) {
                        content.write(buffer, 0, read);
                    }
                }
                if (content != null) {
                    kept.put(name, content.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Truncated data, encrypted or unsupported entries, malformed headers: the reader says so with these.
            context.problem(0, ProblemCode.ZIP_CORRUPT);
            return Optional.empty();
        }
        return Optional.of(new ZipPackage(names, kept));
    }

    /**
     * The reader, without the compression methods no office file uses whose codec is an optional library
     * (Zstandard, method 93): commons-compress would look for the library and fail with a NoClassDefFoundError when
     * it is absent (found by the fuzzer); such an entry is refused like any unsupported one.
     */
    private static final class OfficeZipInputStream extends ZipArchiveInputStream {

        OfficeZipInputStream(byte[] zip) {
            super(new ByteArrayInputStream(zip), StandardCharsets.UTF_8.name(), true, true);
        }

        @Override
        protected java.io.InputStream createZstdInputStream(java.io.InputStream in) throws IOException {
            throw new IOException("Zstandard-compressed zip entries are not supported");
        }
    }

    boolean has(String name) {
        return names.contains(name);
    }

    /** The bytes of a kept entry, looked up by its path with "/" separators. */
    Optional<byte[]> entry(String name) {
        return Optional.ofNullable(kept.get(name));
    }

    /** Whether a path stays inside the package: relative, no ".." segment, no drive letter, no NUL. */
    static boolean isSafe(String path) {
        if (path.isEmpty() || path.indexOf('\0') >= 0 || path.startsWith("/") || path.startsWith("\\")
                || path.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : path.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    /** A zip ends with this record; a file cut short during upload does not. */
    private static boolean hasEndOfCentralDirectory(byte[] zip) {
        int earliest = Math.max(0, zip.length - (22 + 65_535));
        for (int i = zip.length - 22; i >= earliest; i--) {
            if (zip[i] == END_OF_CENTRAL_DIRECTORY[0] && zip[i + 1] == END_OF_CENTRAL_DIRECTORY[1]
                    && zip[i + 2] == END_OF_CENTRAL_DIRECTORY[2] && zip[i + 3] == END_OF_CENTRAL_DIRECTORY[3]) {
                return true;
            }
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Finds "<!DOCTYPE" or "<!ENTITY" in a stream of chunks, across chunk boundaries. */
    private static final class DtdScanner {
        private final int[] matched = new int[DTD_MARKERS.length];

        boolean found(byte[] chunk, int length) {
            for (int i = 0; i < length; i++) {
                for (int m = 0; m < DTD_MARKERS.length; m++) {
                    byte[] marker = DTD_MARKERS[m];
                    // '<' occurs only first in each marker, so a mismatch restarts at 0 or 1.
                    matched[m] = chunk[i] == marker[matched[m]] ? matched[m] + 1 : chunk[i] == marker[0] ? 1 : 0;
                    if (matched[m] == marker.length) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
