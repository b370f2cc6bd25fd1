package org.vtprotect.network.discussion;

/**
 * Who reads the discussions: an active member of the network or programme staff, with the name
 * shown on their posts and the language they read in; {@code officer} may moderate.
 */
record Reader(String email, String name, String language, boolean staff, boolean officer) {

    Author author() {
        return new Author(email, name);
    }
}
