package org.agora.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.agora.portal.search.control.IndexedPosts;
import org.agora.search.index.entity.PostDocument;

/**
 * The posts exactly as the portal's rebuild reads them (its query and its row mapping, over plain
 * JDBC), for the in-process baseline: raw Lucene indexes the same documents.
 */
final class PostDocuments {

    private PostDocuments() {}

    /** The first {@code limit} posts by id. */
    static List<PostDocument> read(String jdbcUrl, int limit) throws SQLException {
        List<PostDocument> documents = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            db.setAutoCommit(false); // a cursor, not the whole result in memory at once
            try (PreparedStatement query =
                    db.prepareStatement(IndexedPosts.DOCUMENTS + " order by p.id limit " + limit)) {
                query.setFetchSize(5_000);
                try (ResultSet rows = query.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = rows.getObject(i + 1);
                        }
                        documents.add(IndexedPosts.document(row));
                    }
                }
            }
            db.rollback();
        }
        return documents;
    }
}
