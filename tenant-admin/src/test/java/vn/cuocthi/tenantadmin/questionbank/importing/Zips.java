package vn.cuocthi.tenantadmin.questionbank.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip packages in tests, from entries or from a fixture folder. */
final class Zips {

    private Zips() {
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A zip whose entry inflates to {@code size} bytes of spaces: a few kilobytes on disk, far more in memory.
     * {@code others} are added first, so that the package otherwise looks like the format it claims to be.
     */
    static byte[] bomb(Map<String, byte[]> others, String entry, long size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> other : others.entrySet()) {
                zip.putNextEntry(new ZipEntry(other.getKey()));
                zip.write(other.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(entry));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < size; written += spaces.length) {
                zip.write(spaces, 0, (int) Math.min(spaces.length, size - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The files under a fixture folder, by their path relative to it ("items/nq76.xml"), in a stable order. */
    static Map<String, byte[]> folder(String fixtureFolder) {
        try {
            Path root = Path.of(Zips.class.getResource(Imports.FIXTURES + fixtureFolder).toURI());
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    entries.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
