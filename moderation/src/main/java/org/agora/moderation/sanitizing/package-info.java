/**
 * The one HTML policy for every piece of user HTML (posts, comments, responses, profiles): what
 * survives is formatting, lists, quotes, code, headings h3–h6 and http(s)/mailto links marked as
 * user content. Nothing else in the portal sanitizes HTML.
 */
package org.agora.moderation.sanitizing;
