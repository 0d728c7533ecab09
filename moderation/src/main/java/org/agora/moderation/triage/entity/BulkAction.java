package org.agora.moderation.triage.entity;

import java.util.List;

/** {@code ACCEPT} or {@code ASSIGN} (with one {@code owner}) for several ideas, each with the version read. */
public class BulkAction {

    public String action;

    public Long owner;

    public List<Item> items;

    public static class Item {

        public Long post;

        public Integer version;
    }
}
