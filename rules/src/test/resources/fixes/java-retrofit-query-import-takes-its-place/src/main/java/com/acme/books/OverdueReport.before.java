package com.acme.books;

import java.io.IOException;

/** Counts the overdue invoices of the organisation in Zoho Books. */
public class OverdueReport {
    private final ZohoBooksApi books;
    private final String authtoken;

    public OverdueReport(ZohoBooksApi books, String authtoken) {
        this.books = books;
        this.authtoken = authtoken;
    }

    public String overdueJson() throws IOException {
        return books.overdue(authtoken).execute().body().string();
    }
}
