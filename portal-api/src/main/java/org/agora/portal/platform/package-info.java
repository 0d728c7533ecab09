/**
 * What every component of the API stands on: the JAX-RS application and its security, the data
 * source and the schema migrations, the one error shape (RFC 9457 problem+json) and who is calling.
 */
package org.agora.portal.platform;
