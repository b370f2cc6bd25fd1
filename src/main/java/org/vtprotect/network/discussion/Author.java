package org.vtprotect.network.discussion;

/** Who writes: the account's address and the name shown with the post at the time. */
record Author(String email, String name) {}
