package org.agora.moderation.reviews.entity;

import java.util.List;

/** One decision for many items, each with the version the moderator read; each item its own transaction. */
public class BulkDecision {

    public String decision;

    public String reason;

    /** A rejection template's code, as for one decision. */
    public String template;

    public List<Item> items;

    public static class Item {
        public Long id;
        public Integer version;
    }
}
