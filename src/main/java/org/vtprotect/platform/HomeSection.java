package org.vtprotect.platform;

/**
 * A block a module adds to the home page, as a bean: the home page renders every one in {@link
 * #order()}, each with its jte template, whose two parameters are the page's {@code WebContext}
 * named {@code web} and the {@link #model()} named {@code section}. Lets a module show its figures
 * on the home page without the platform depending on it.
 */
public interface HomeSection {

    /** Where it comes on the page: lower first. */
    int order();

    /** The jte template, e.g. {@code library/home} for {@code src/main/jte/library/home.jte}. */
    String template();

    /** What the template gets as its {@code section} parameter, made anew for each request (and reader). */
    Object model();
}
