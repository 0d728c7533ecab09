/**
 * The signed-in member's own corner, {@code /api/me}: settings, my posts, my votes, my follows,
 * my inbox, the export of all my data and the deletion of my account. It only composes the other
 * components, so none of them needs to know it.
 */
package org.agora.portal.account;
