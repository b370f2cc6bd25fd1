package org.vtprotect.network.discussion;

/** How a reader hears of new posts in the threads they follow. */
public enum Notification {
    /** A mail for each new post, soon after it is written. */
    IMMEDIATE,
    /** One mail a day listing the new posts, none when there are none. */
    DAILY_DIGEST,
    /** No mail: the reader looks for themselves. */
    NONE
}
