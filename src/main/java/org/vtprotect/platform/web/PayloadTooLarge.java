package org.vtprotect.platform.web;

/** A request body larger than the configured limit. */
class PayloadTooLarge extends RuntimeException {

    PayloadTooLarge() {
        super("request body over the limit", null, false, false);
    }
}
