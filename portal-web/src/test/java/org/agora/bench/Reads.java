package org.agora.bench;

import java.util.SplittableRandom;
import java.util.function.IntFunction;

/** A reader: GETs one of its targets at random and expects 200 with a body. */
final class Reads implements HttpLoad.Script {

    private final int targets;
    private final IntFunction<byte[]> request;
    private final SplittableRandom random;

    /** @param request the request for target {@code i}, prebuilt where possible */
    Reads(int targets, IntFunction<byte[]> request, long seed) {
        this.targets = targets;
        this.request = request;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public byte[] next() {
        return request.apply(targets == 1 ? 0 : random.nextInt(targets));
    }

    @Override
    public boolean answered(int status, byte[] body, int offset, int length) {
        return status == 200 && length > 0;
    }
}
