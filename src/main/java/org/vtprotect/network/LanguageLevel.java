package org.vtprotect.network;

/** How well an expert speaks a language. */
public enum LanguageLevel {
    BASIC,
    WORKING,
    FLUENT,
    NATIVE
}
