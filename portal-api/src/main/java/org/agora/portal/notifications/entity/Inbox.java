package org.agora.portal.notifications.entity;

import java.util.List;

/** A page of the inbox, newest first, with the member's unread count. */
public record Inbox(List<NotificationView> items, long unread, String next) {}
