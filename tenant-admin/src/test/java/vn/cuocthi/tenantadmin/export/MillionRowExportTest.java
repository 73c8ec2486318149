package vn.cuocthi.tenantadmin.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One million result rows exported by a separate JVM with a 256 MiB heap, then read back with streaming readers
 * (SAX over the sheet XML; lines of the CSV) to check the file is complete to its last row.
 */
class MillionRowExportTest {

    private static final int ROWS = 1_000_000;
    /** Title, two context lines, an empty row and the headings come before the data. */
    private static final int ABOVE = 5;

    @TempDir
    Path folder;

    @Test
    void aMillionRowsFitInASmallHeapAsXlsx() throws Exception {
        Path file = folder.resolve("results.xlsx");
        export(file, ExportFormat.XLSX);

        AtomicInteger rows = new AtomicInteger();
        AtomicReference<String> lastFirstCell = new AtomicReference<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
            int sheetCount = 0;
            while (sheets.hasNext()) {
                sheetCount++;
                try (InputStream sheet = sheets.next()) {
                    SAXParserFactory.newDefaultNSInstance().newSAXParser().parse(sheet, new DefaultHandler() {
                        private boolean inFirstValue;
                        private boolean firstCell;

                        @Override
                        public void startElement(String uri, String local, String name, Attributes attributes) {
                            if (local.equals("row")) {
                                rows.incrementAndGet();
                                firstCell = true;
                            } else if (local.equals("v") && firstCell) {
                                inFirstValue = true;
                            }
                        }

                        @Override
                        public void characters(char[] ch, int start, int length) {
                            if (inFirstValue) {
                                lastFirstCell.set(new String(ch, start, length));
                            }
                        }

                        @Override
                        public void endElement(String uri, String local, String name) {
                            if (local.equals("v")) {
                                inFirstValue = false;
                            } else if (local.equals("c")) {
                                firstCell = false;
                            }
                        }
                    });
                }
            }
            assertThat(sheetCount).isEqualTo(1);
        }
        // the empty row above the headings is not written
        assertThat(rows.get()).isEqualTo(ROWS + ABOVE - 1);
        assertThat(Double.parseDouble(lastFirstCell.get())).isEqualTo(ROWS);
    }

    @Test
    void aMillionRowsFitInASmallHeapAsCsv() throws Exception {
        Path file = folder.resolve("results.csv");
        export(file, ExportFormat.CSV);
        long lines = 0;
        String last = null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                last = line;
            }
        }
        assertThat(lines).isEqualTo(ROWS + ABOVE);
        assertThat(last).startsWith(ROWS + ",").endsWith(",04/12/2025 08:16:40");
    }

    private void export(Path file, ExportFormat format) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                MillionRowExport.class.getName(), file.toString(), String.valueOf(ROWS), format.name()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(format + ".log").toFile()).start();
        boolean done = process.waitFor(3, TimeUnit.MINUTES);
        if (!done) {
            process.destroyForcibly();
        }
        String log = Files.readString(folder.resolve(format + ".log"));
        assertThat(done).as("export finished in time; " + log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("max heap");
    }
}
