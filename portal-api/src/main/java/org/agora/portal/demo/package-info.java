/**
 * Demo content for the dev portal: areas, members, posts in German and English, votes and
 * comments, written once into an empty database when {@code portal.demo.enabled} is true.
 */
package org.agora.portal.demo;
