package org.vtprotect.account.internal;

import java.io.PrintStream;

/** Prints credentials straight to the console, once, so that they never reach a log file. */
final class ConsoleNotice {

    private ConsoleNotice() {}

    @SuppressWarnings("java:S106")
    static void print(String heading, String[][] credentials) {
        PrintStream out = System.out;
        StringBuilder text = new StringBuilder("\n================ VT Protect ================\n");
        text.append(heading).append('\n');
        for (String[] line : credentials) {
            text.append("  ").append(String.join("   ", line)).append('\n');
        }
        text.append("============================================\n");
        out.print(text);
        out.flush();
    }
}
