package org.agora.portal.posts.entity;

import java.util.List;

/** One page of a listing; {@code next} is the cursor of the following page, null on the last one. */
public record PostPage(List<PostView> items, long total, String next) {}
