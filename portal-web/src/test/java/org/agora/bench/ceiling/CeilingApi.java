package org.agora.bench.ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The ceiling's JAX-RS application: nothing but {@link StaticJson}, no security, no database. */
@ApplicationPath("/")
public class CeilingApi extends Application {}
