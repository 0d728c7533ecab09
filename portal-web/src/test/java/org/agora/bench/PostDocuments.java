package org.agora.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agora.search.index.entity.PostDocument;

/** The posts as the index sees them, read from the database into memory for the in-process indexing. */
final class PostDocuments {

    private PostDocuments() {}

    static List<PostDocument> read(String jdbcUrl) throws SQLException {
        throw new UnsupportedOperationException("replaced by the portal's IndexedPosts");
    }
}
