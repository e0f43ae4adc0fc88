package io.cliqmigrate.core.lang.lexical;

import java.util.List;

/**
 * What the lexical scanner needs to know of a language: comment markers, string quotes, and whether each line
 * is a {@code key = value} entry whose value is text even without quotes (properties, .env, INI, TOML, YAML).
 */
public record LexicalSyntax(List<String> lineComments, List<String[]> blockComments, String quotes,
                            boolean tripleQuotes, Mode mode) {

    public enum Mode {
        /** Source code: quoted literals, joined per statement. */
        CODE,
        /** Shell scripts: code, plus bare URL words and here-document bodies as literals. */
        SHELL,
        /** One entry a line; the value after {@code =} or {@code :} is text. Comments only start a line. */
        KEY_VALUE,
        /** YAML: like key/value, but {@code :} separates and {@code #} after a space starts a comment. */
        YAML,
        /** XML/HTML: attribute values and element text. */
        MARKUP
    }

    private static final String[] C_BLOCK = {"/*", "*/"};

    public static final LexicalSyntax C_LIKE = new LexicalSyntax(List.of("//"), List.<String[]>of(C_BLOCK), "\"'",
            false, Mode.CODE);
    public static final LexicalSyntax C_LIKE_BACKTICK = new LexicalSyntax(List.of("//"), List.<String[]>of(C_BLOCK),
            "\"'`", false, Mode.CODE);
    public static final LexicalSyntax KOTLIN_LIKE = new LexicalSyntax(List.of("//"), List.<String[]>of(C_BLOCK),
            "\"'", true, Mode.CODE);
    public static final LexicalSyntax PYTHON = new LexicalSyntax(List.of("#"), List.of(), "\"'", true, Mode.CODE);
    public static final LexicalSyntax HASH = new LexicalSyntax(List.of("#"), List.of(), "\"'`", false, Mode.CODE);
    /** Elixir: {@code #} comments, {@code "…"} strings and {@code '…'} charlists, {@code """} heredocs. */
    public static final LexicalSyntax ELIXIR = new LexicalSyntax(List.of("#"), List.of(), "\"'", true, Mode.CODE);
    /** Shell: like {@link #HASH}, plus unquoted URLs ({@code curl https://…?authtoken=$T}) and here-documents. */
    public static final LexicalSyntax SHELL = new LexicalSyntax(List.of("#"), List.of(), "\"'`", false, Mode.SHELL);
    /**
     * PowerShell: {@code #} and {@code <# … #>} comments, {@code "…"} (with {@code $var}) and {@code '…'} strings,
     * unquoted URL arguments as in shell; the backtick is its escape character, not a quote.
     */
    public static final LexicalSyntax POWERSHELL = new LexicalSyntax(List.of("#"), List.<String[]>of(
            new String[] {"<#", "#>"}), "\"'", false, Mode.SHELL);
    /** Visual Basic, VBScript and classic ASP: {@code '} starts a comment, strings are {@code "…"} only. */
    public static final LexicalSyntax VB = new LexicalSyntax(List.of("'"), List.of(), "\"", false, Mode.CODE);
    /** 1C:Enterprise (BSL) and OneScript: {@code //} comments, strings in double quotes that double a quote inside. */
    public static final LexicalSyntax ONE_C = new LexicalSyntax(List.of("//"), List.of(), "\"", false, Mode.CODE);
    /** MATLAB and Octave: {@code %} and {@code %{ … %}} comments; {@code '…'} and {@code "…"} strings. */
    public static final LexicalSyntax MATLAB = new LexicalSyntax(List.of("%"), List.<String[]>of(
            new String[] {"%{", "%}"}), "\"'", false, Mode.CODE);
    /** Lua: {@code --} and {@code --[[ … ]]} comments. */
    public static final LexicalSyntax LUA = new LexicalSyntax(List.of("--"), List.<String[]>of(
            new String[] {"--[[", "]]"}), "\"'", false, Mode.CODE);
    /** Clojure and its data files (EDN): {@code ;} comments, {@code "…"} strings ({@code '} quotes a form). */
    public static final LexicalSyntax LISP = new LexicalSyntax(List.of(";"), List.of(), "\"", false, Mode.CODE);
    /** Erlang: {@code %} comments, {@code "…"} strings and {@code '…'} atoms. */
    public static final LexicalSyntax ERLANG = new LexicalSyntax(List.of("%"), List.of(), "\"'", false, Mode.CODE);
    /** Haskell: {@code --} and {@code {- … -}} comments, {@code "…"} strings ({@code '} also marks a prime). */
    public static final LexicalSyntax HASKELL = new LexicalSyntax(List.of("--"), List.<String[]>of(
            new String[] {"{-", "-}"}), "\"", false, Mode.CODE);
    /** Julia: {@code #} and {@code #= … =#} comments, {@code "…"} and {@code """…"""} strings. */
    public static final LexicalSyntax JULIA = new LexicalSyntax(List.of("#"), List.<String[]>of(
            new String[] {"#=", "=#"}), "\"", true, Mode.CODE);
    /** F#: {@code //} and {@code (* … *)} comments, {@code "…"} strings. */
    public static final LexicalSyntax FSHARP = new LexicalSyntax(List.of("//"), List.<String[]>of(
            new String[] {"(*", "*)"}), "\"", true, Mode.CODE);
    /** Windows batch files: {@code ::} and {@code REM} comments; unquoted URLs are arguments as in shell. */
    public static final LexicalSyntax BATCH = new LexicalSyntax(List.of("::", "REM ", "rem ", "Rem "), List.of(), "\"",
            false, Mode.SHELL);
    /** Terraform and other HCL: {@code #}, {@code //} and {@code /* … *}{@code /} comments, {@code "…"} strings. */
    public static final LexicalSyntax HCL = new LexicalSyntax(List.of("#", "//"), List.<String[]>of(C_BLOCK), "\"",
            false, Mode.CODE);
    public static final LexicalSyntax COFFEE = new LexicalSyntax(List.of("#"), List.<String[]>of(
            new String[] {"###", "###"}), "\"'`", true, Mode.CODE);
    public static final LexicalSyntax PHP = new LexicalSyntax(List.of("//", "#"), List.<String[]>of(C_BLOCK), "\"'",
            false, Mode.CODE);
    public static final LexicalSyntax JSON = new LexicalSyntax(List.of("//"), List.<String[]>of(C_BLOCK), "\"",
            false, Mode.CODE);
    public static final LexicalSyntax KEY_VALUE = new LexicalSyntax(List.of("#", "!", ";"), List.of(), "\"'", false,
            Mode.KEY_VALUE);
    public static final LexicalSyntax YAML = new LexicalSyntax(List.of("#"), List.of(), "\"'", false, Mode.YAML);
    public static final LexicalSyntax MARKUP = new LexicalSyntax(List.of(), List.<String[]>of(
            new String[] {"<!--", "-->"}), "\"'", false, Mode.MARKUP);
}
