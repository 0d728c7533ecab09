/**
 * The benchmark's ceiling: a WAR of its own (built with ShrinkWrap from these classes, never part
 * of agora.war) that Payara Micro runs beside the portal and that answers with fixed JSON bytes.
 */
package org.agora.bench.ceiling;
