package vn.cuocthi.tenantadmin.export;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Run in its own small-heap JVM by {@link MillionRowExportTest}: writes {@code rows} result-like rows (rank, id,
 * name, unit, score, prediction, distance, duration, submission time) as xlsx or csv to a file.
 */
public final class MillionRowExport {

    private MillionRowExport() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        ExportFormat format = ExportFormat.valueOf(args[2]);
        Instant start = Instant.parse("2025-12-04T01:00:00Z");
        Spreadsheet table = new Spreadsheet("Kết quả cá nhân", List.of("Cuộc thi: Thử tải", "Vòng: Tuần 1"),
                List.of("Hạng", "Mã thí sinh", "Họ và tên", "Đơn vị", "Điểm", "Dự đoán", "Chênh lệch", "Thời gian (ms)", "Nộp lúc"),
                sink -> {
                    for (int i = 1; i <= rows; i++) {
                        sink.accept(List.of(i, new UUID(i, i).toString(), "Nguyễn Văn Thí Sinh " + i, "Xã số " + (i % 500),
                                10 - i % 11, 1000 + i % 97, i % 97, 60_000L + i, start.plusMillis(i)));
                    }
                });
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            format.write(table, out);
        }
        System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
    }
}
