/** Product areas: admin-managed, each owned by a product team; every post belongs to one. */
package org.agora.portal.areas;
