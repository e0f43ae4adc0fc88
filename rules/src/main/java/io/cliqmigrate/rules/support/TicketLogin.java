package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.code.CodeFacts;
import java.util.regex.Pattern;

/**
 * Zoho's ticket login, the scheme before the authtoken and retired with it: {@code accounts.zoho.com/login?
 * servicename=ZohoCreator&LOGIN_ID=…&PASSWORD=…} answered with {@code TICKET=…} and {@code RESULT=TRUE} lines, and
 * the ticket then went into each API URL next to an API key ({@code …/api/xml/read/apikey=…&ticket=…}).
 */
public final class TicketLogin {
    /** The login in one URL: {@code accounts.zoho.com/login?…&LOGIN_ID=…}. */
    private static final Pattern URL = Pattern.compile(
            "(?i)(?<![\\w.-])accounts\\.zoho\\.[a-z.]+/login\\?(?=.*(?-i:LOGIN_ID)=)");
    /**
     * The login's path by itself ({@code "/login?servicename=ZohoCreator&…&LOGIN_ID=…"}), for a client that keeps the
     * host in another string: it counts only with {@link #ACCOUNTS_HOST} written in the file.
     */
    private static final Pattern PATH = Pattern.compile("^\\u0000?/login\\?(?=.*(?-i:LOGIN_ID)=)");
    /**
     * The login's address with its parameters added apart ({@code 'https://accounts.zoho.com/login'} then
     * {@code addQueryString('LOGIN_ID', …)}, or {@code '…/login?'.http_build_query($data)}): it counts only with
     * {@code LOGIN_ID} written as a key of its own in the file.
     */
    public static final Pattern LOGIN_ADDRESS = Pattern.compile("(?i)(?<![\\w.-])accounts\\.zoho\\.[a-z.]+/login(?![\\w/.-])");
    /** Zoho's accounts host written alone ({@code "accounts.zoho.com"}), as a client's host setting. */
    private static final Pattern ACCOUNTS_HOST = Pattern.compile("(?i)^(?:https?://)?accounts\\.zoho\\.[a-z.]+/?$");
    /**
     * A ticket sent with an API key to a Zoho API ({@code creator.zoho.com/api/xml/read/apikey=…&ticket=…}); group 1
     * the ticket parameter. A Desk ticket id ({@code ?ticket=123}) comes with no API key.
     */
    public static final Pattern TICKET_PARAM = Pattern.compile(
            "(?i)(?<![\\w.-])[a-z]+\\.zoho\\.[a-z.]+/\\S*?[/?&;]apikey=[^&\\s]*&(ticket=)");

    private TicketLogin() {}

    /** The file asks the ticket login for a ticket: in one URL, or the path with the accounts host written apart. */
    public static boolean called(CodeFacts facts) {
        return facts.answer("ticketLoginCalled", f -> anyString(f, URL) || anyString(f, PATH)
                && anyString(f, ACCOUNTS_HOST) || anyString(f, LOGIN_ADDRESS) && namesLoginIdKey(f));
    }

    /** {@code 'LOGIN_ID'} as a key of its own: an array's key, or a parameter's name with its value beside it. */
    private static boolean namesLoginIdKey(CodeFacts facts) {
        return anyString(facts, LOGIN_ID_KEY);
    }

    private static final Pattern LOGIN_ID_KEY = Pattern.compile("(?:^|\\u0000)LOGIN_ID(?:[=\\s\\u0000]|$)");

    /**
     * The ticket scheme is this file's: it calls the login, or keeps the login's own upper-case keys as data in a
     * file with Zoho context ({@code $config['Zoho'] = array('LOGIN_ID' => …, 'PASSWORD' => …)}).
     */
    public static boolean inFile(CodeFacts facts) {
        return called(facts) || facts.bindings().stream().anyMatch(b -> b.name().equals("LOGIN_ID"))
                && facts.bindings().stream().anyMatch(b -> b.name().equals("PASSWORD")) && facts.hasZohoContext("");
    }

    private static boolean anyString(CodeFacts facts, Pattern pattern) {
        return facts.strings().stream().anyMatch(e -> pattern.matcher(facts.fold(e).text()).find());
    }
}
