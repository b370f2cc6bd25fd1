package org.vtprotect.network;

/** Who sees a field of an expert's profile besides the expert. */
public enum Visibility {
    /** Other members of the network and staff. */
    NETWORK,
    /** Staff (programme officers and administrators) only. */
    PROGRAMME_ONLY
}
