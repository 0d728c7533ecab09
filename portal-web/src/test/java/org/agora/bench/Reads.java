package org.agora.bench;

import java.util.List;
import java.util.SplittableRandom;

/** A reader: GETs one of the given targets at random, anonymously, and expects 200 with a body. */
final class Reads implements HttpLoad.Script {

    private final List<byte[]> requests;
    private final SplittableRandom random;

    Reads(List<byte[]> requests, long seed) {
        this.requests = requests;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public byte[] next() {
        return requests.size() == 1 ? requests.get(0) : requests.get(random.nextInt(requests.size()));
    }

    @Override
    public boolean answered(int status, byte[] body, int offset, int length) {
        return status == 200 && length > 0;
    }
}
