package vn.cuocthi.platformcore.contest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded reference documents of the province's contests, bytes included. */
@Repository
public class ContestDocumentStore {

    private static final String META = "id, contest_id, title, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    public ContestDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(ContestDocument document, byte[] content) {
        jdbc.sql("""
                insert into contest_document (id, contest_id, title, file_name, content_type, size_bytes, sha256, content,
                                              uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(document.id(), document.contestId(), document.title(), document.fileName(), document.contentType(),
                        content.length, document.sha256(), content, document.uploadedBy(),
                        java.sql.Timestamp.from(document.uploadedAt()))
                .update();
    }

    /** A contest's uploaded documents, oldest first. */
    public List<ContestDocument> list(UUID contestId) {
        return jdbc.sql("select " + META + " from contest_document where contest_id = ? order by uploaded_at, id")
                .param(contestId).query(this::map).list();
    }

    public Optional<ContestDocument> find(UUID contestId, UUID id) {
        return jdbc.sql("select " + META + " from contest_document where contest_id = ? and id = ?")
                .params(contestId, id).query(this::map).optional();
    }

    /** The document with its bytes. */
    public Optional<StoredFile> file(UUID contestId, UUID id) {
        return jdbc.sql("select " + META + ", content from contest_document where contest_id = ? and id = ?")
                .params(contestId, id)
                .query((rs, row) -> new StoredFile(map(rs, row), rs.getBytes("content")))
                .optional();
    }

    public boolean delete(UUID contestId, UUID id) {
        return jdbc.sql("delete from contest_document where contest_id = ? and id = ?").params(contestId, id).update() > 0;
    }

    public record StoredFile(ContestDocument document, byte[] content) {
    }

    private ContestDocument map(ResultSet rs, int row) throws SQLException {
        return new ContestDocument(rs.getObject("id", UUID.class), rs.getObject("contest_id", UUID.class),
                rs.getString("title"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
