package org.vtprotect.platform;

import gg.jte.support.LocalizationSupport;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page template needs about the request it renders: language and direction,
 * translations, the CSRF token, who is signed in, and links to the same page in other languages.
 * Templates receive it as the model attribute {@code web}.
 */
public final class WebContext implements LocalizationSupport {

    private final MessageSource messages;
    private final Locale locale;
    private final String requestUri;
    private final @Nullable String query;
    private final @Nullable String csrfParameter;
    private final @Nullable String csrfToken;
    private final @Nullable String userName;
    private final Set<String> roles;
    private final List<NavigationItem> navigation;

    public WebContext(
            MessageSource messages,
            Locale locale,
            String requestUri,
            @Nullable String query,
            @Nullable String csrfParameter,
            @Nullable String csrfToken,
            @Nullable String userName,
            Set<String> roles,
            List<NavigationItem> navigation) {
        this.messages = messages;
        this.locale = locale;
        this.requestUri = requestUri;
        this.query = query;
        this.csrfParameter = csrfParameter;
        this.csrfToken = csrfToken;
        this.userName = userName;
        this.roles = roles;
        this.navigation = navigation.stream()
                .filter(item -> item.visibleTo(roles))
                .sorted(java.util.Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    /** The navigation links of one section this reader may use. */
    public List<NavigationItem> navigation(NavigationItem.Section section) {
        return navigation.stream().filter(item -> item.section() == section).toList();
    }

    @Override
    public String lookup(String key) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException e) {
            return key;
        }
    }

    /** A translation as plain text, for attributes (escaped by the template like any string). */
    public String text(String key, Object... args) {
        try {
            return messages.getMessage(key, args.length == 0 ? null : args, locale);
        } catch (NoSuchMessageException e) {
            return key;
        }
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public String dir() {
        return Languages.isRightToLeft(locale) ? "rtl" : "ltr";
    }

    public boolean rtl() {
        return Languages.isRightToLeft(locale);
    }

    public List<Locale> languages() {
        return Languages.SUPPORTED;
    }

    public String languageName(Locale language) {
        return Languages.ownName(language);
    }

    /** This page in another language: the current URL with its {@code lang} parameter replaced. */
    public String inLanguage(Locale language) {
        return UriComponentsBuilder.fromPath(requestUri)
                .query(query)
                .replaceQueryParam("lang", language.getLanguage())
                .build()
                .toUriString();
    }

    public String path() {
        return requestUri;
    }

    public boolean isCurrent(String prefix) {
        return requestUri.equals(prefix) || (!"/".equals(prefix) && requestUri.startsWith(prefix + "/"));
    }

    public @Nullable String csrfParameter() {
        return csrfParameter;
    }

    public @Nullable String csrfToken() {
        return csrfToken;
    }

    public boolean signedIn() {
        return userName != null;
    }

    public @Nullable String userName() {
        return userName;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.name());
    }

    public boolean isStaff() {
        return hasRole(Role.ADMINISTRATOR) || hasRole(Role.PROGRAMME_OFFICER);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String date(@Nullable TemporalAccessor value) {
        return value == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(value);
    }

    public String dateTime(@Nullable TemporalAccessor value) {
        return value == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(ZoneOffset.UTC)
                        .format(value);
    }
}
