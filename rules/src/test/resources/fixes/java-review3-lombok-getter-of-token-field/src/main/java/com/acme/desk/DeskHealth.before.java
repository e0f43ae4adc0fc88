package com.acme.desk;

import org.springframework.stereotype.Component;

/** Tells the health page whether the Desk token is configured (getDeskToken() is Lombok's). */
@Component
public class DeskHealth {
    private final TicketCounter counter;

    public DeskHealth(TicketCounter counter) {
        this.counter = counter;
    }

    public boolean configured() {
        return counter.getDeskToken() != null;
    }
}
