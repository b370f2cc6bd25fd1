package org.vtprotect.library.internal;

/** A file as stored: the SHA-256 of its bytes, the name it was uploaded under, its detected type and size. */
public record StoredFile(String sha256, String fileName, String contentType, long size) {}
