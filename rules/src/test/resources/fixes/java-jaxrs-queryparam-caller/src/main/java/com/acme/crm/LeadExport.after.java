package com.acme.crm;

import java.util.ArrayList;
import java.util.List;

/** Exports the CRM leads page by page for the data warehouse. */
public class LeadExport {
    private final ZohoCrmLeadsClient crm;
    private final String authtoken;

    public LeadExport(ZohoCrmLeadsClient crm, String authtoken) {
        this.crm = crm;
        this.authtoken = authtoken;
    }

    public List<String> pages(int count) {
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= count; page++) {
            pages.add(crm.page(ZohoOAuthTokens.shared().header(), page));
        }
        return pages;
    }
}
