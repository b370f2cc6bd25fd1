package org.vtprotect.network.discussion;

/** The new-thread form as typed. */
public record ThreadForm(String theme, String title, String body) {

    public ThreadForm {
        theme = theme == null ? "" : theme;
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }
}
