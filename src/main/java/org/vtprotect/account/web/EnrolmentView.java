package org.vtprotect.account.web;

/** A second-factor enrolment as the page shows it: the QR code, and the secret in groups of four for typing. */
public record EnrolmentView(String qrCodeDataUri, String groupedSecret) {}
