package com.acme.ops;

import java.io.IOException;

/** The nightly report builds its own client with the token its scheduler hands it. */
public class NightlyReport {
    private final DeskTickets tickets;

    public NightlyReport(String deskToken, String orgId) {
        this.tickets = new DeskTickets(deskToken, orgId);
    }

    public String line() throws IOException {
        return "open tickets: " + tickets.openTickets();
    }
}
