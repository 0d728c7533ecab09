/**
 * Members of the community. A member is created from the identity provider's {@code sub} on the
 * first authenticated call; trust levels, suspensions and preferences live here, not in the
 * identity provider.
 */
package org.agora.portal.members;
