/*
 * Deluge (Zoho's scripting language) — the grammar used by Cliq Migrate.
 *
 * Scope: real, slightly sloppy scripts as they are copied out of Zoho's editors (CRM, Books, Desk, Creator,
 * Cliq, Flow): either a list of typed function definitions or a bare statement list. See
 * domain/deluge-language.md in the team's shared folder (../shared from the repository root) for the evidence behind each decision.
 *
 * Design notes
 *  - Keywords are case-insensitive (`invokeUrl`, `ifNull`, `For Each`). Most keywords are soft: they stay
 *    usable as identifiers (rule `ident`) because real code names variables `not`, `index`, `from`, `to`,
 *    `desc`, `list`, `map`... Only the control-flow words, literals and the task-block keywords are hard.
 *    After a `.` (member names) and as task-block keys every word is accepted (rule `anyName`).
 *  - `=` is an equality operator inside expressions (`if(more_pages = true)`); assignment is recognised only
 *    at statement level (rule simpleStatement), where the target is a postfix expression (ident, member
 *    path, `Form[crit].Field`).
 *  - Task blocks (`invokeurl`, `invokeapi`, `sendmail`, `insert into`) have newline-separated entries
 *    without commas. Expressions never juxtapose two names, so an entry's value ends exactly where the next
 *    `key :` begins (rule structure, no predicate needed); keys may contain `-` (`content-type`) or one
 *    space (`reply to`).
 *  - Statement decisions are kept short (LL(1) or LL(2) in practice): statements that begin with an
 *    expression are one rule, told apart by what follows the expression, so a missing `;` is reported where
 *    it is missing and costs nothing else. Function definitions are statements too (nested ones are accepted,
 *    which Zoho would reject).
 *  - Trivia (whitespace, comments) goes to the hidden channel, never skipped. Unterminated strings become
 *    error tokens that end at the end of their line, so one broken literal cannot swallow the file; a string
 *    with raw line breaks is accepted only when its closing quote is followed by something that can end an
 *    operand.
 *  - The facade (io.cliqmigrate.grammars.DelugeParsing) parses with SLL first and falls back to LL with
 *    error recovery, and reports lexical problems (the UNTERMINATED_* and OTHER tokens) itself.
 */
grammar Deluge;

options { caseInsensitive = true; }

@lexer::members {
    /** After a multi-line string's closing quote (and blanks): something that can end a string operand. */
    private boolean closesMultiLineString() {
        int i = 1;
        int c = _input.LA(i);
        while (c == ' ' || c == '\t') {
            c = _input.LA(++i);
        }
        return c == ';' || c == ')' || c == ',' || c == '+' || c == '}' || c == ']' || c == '.'
                || c == '\r' || c == '\n' || c == org.antlr.v4.runtime.IntStream.EOF;
    }
}

// ------------------------------------------------------------------------------------------------------------
// Files and functions

// A function file is a list of function definitions; a body-only file is a list of statements. Both are
// statements here, so that the loop below stays LL(1) and a broken statement never derails the whole file.
script
    : statement* EOF
    ;

// void automation.fn(String id) { ... }     map fn(map input) { ... }     list:int f(list:int ids) { ... }
functionDefinition
    : typeRef qualifiedName LPAREN parameterList? RPAREN block
    ;

typeRef
    : ident (COLON ident)?
    ;

qualifiedName
    : ident (DOT anyName)*
    ;

parameterList
    : parameter (COMMA parameter)*
    ;

parameter
    : typeRef ident
    ;

block
    : LBRACE statement* RBRACE
    ;

// ------------------------------------------------------------------------------------------------------------
// Statements

statement
    : functionDefinition
    | block
    | ifStatement
    | forEachStatement
    | whileStatement
    | tryStatement
    | returnStatement
    | breakStatement
    | continueStatement
    | infoStatement
    | taskStatement
    | insertStatement
    | deleteStatement
    | formActionStatement
    | simpleStatement
    | emptyStatement
    ;

ifStatement
    : IF LPAREN expression RPAREN block elseIfClause* elseClause?
    ;

elseIfClause
    : ELSE IF LPAREN expression RPAREN block
    ;

elseClause
    : ELSE block
    ;

// for each x in list { }    for each index i in list { }    for each r in Form[c] sort by F desc range from 1 to 10 { }
forEachStatement
    : FOR EACH INDEX? ident IN expression block
    ;

// Not valid Deluge ("Improper Statement"), but drafts contain it; accepted so that it can be flagged later.
whileStatement
    : WHILE LPAREN expression RPAREN block
    ;

tryStatement
    : TRY block CATCH LPAREN ident RPAREN block
    ;

returnStatement
    : RETURN (taskExpression | insertExpression | expression)? SEMI
    ;

breakStatement
    : BREAK SEMI
    ;

continueStatement
    : CONTINUE SEMI
    ;

infoStatement
    : INFO (taskExpression | insertExpression | expression) SEMI
    ;

// A bare task block; Zoho's own exports write `sendmail [ ... ]` without the `;`.
taskStatement
    : taskExpression SEMI?
    ;

insertStatement
    : insertExpression SEMI?
    ;

deleteStatement
    : DELETE FROM ident LBRACK expression RBRACK SEMI?
    ;

// Creator form actions (on validate / on user input / on load scripts).
formActionStatement
    : CANCEL (SUBMIT | DELETE) SEMI
    | ALERT expression SEMI
    | (HIDE | SHOW | ENABLE | DISABLE | CLEAR) qualifiedName (COMMA qualifiedName)* SEMI
    ;

// The statements that start with an expression, told apart by what follows it (so that a missing `;` is
// reported as such, and the statement is kept):
//   expression statement   zoho.cliq.postToChannel("ops", msg);   list.add(x);   openUrl(u, "same window");
//   assignment (op is set) x = e;  input.Field = e;  Form[ID == i].Status = "Done";  total += n;
//                          resp = invokeurl [ ... ];   (the `;` after an assigned task block is optional)
//   Creator ui call        input.Product:ui.add(names);   row.Unit:ui.add(units);
simpleStatement
    : postfixExpression
      ( op=(ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | SLASH_ASSIGN | PERCENT_ASSIGN)
        ( (taskExpression | insertExpression) SEMI?
        | expression SEMI
        )
      | COLON anyName (DOT anyName)* arguments SEMI
      | SEMI
      )
    ;

emptyStatement
    : SEMI
    ;

// ------------------------------------------------------------------------------------------------------------
// Task blocks

taskExpression
    : kind=(INVOKEURL | INVOKEAPI | SENDMAIL) LBRACK taskEntry* RBRACK
    ;

taskEntry
    : taskKey COLON taskValue
    ;

// url | type | content-type | response-format | response-decoding | reply to | content type
// (a key with a space has two words: a longer run of words is a missing `:`, not a key)
taskKey
    : anyName (MINUS anyName)*
    | anyName anyName
    ;

// to :"a@example.com","b@example.com"  (several values are comma-separated)
taskValue
    : attachment (COMMA attachment)*
    | expression (COMMA expression)*
    ;

// sendmail attachments: template:Invoice:Orders input.ID as PDF, file: input.Upload, view:All_Orders as PDF
attachment
    : anyName COLON attachmentSource
    ;

attachmentSource
    : anyName COLON anyName expression? (AS anyName)?
    | expression (AS anyName)?
    ;

// insert into Orders [ Added_User = zoho.loginuser  Customer = input.Name ]
insertExpression
    : INSERT INTO ident LBRACK fieldAssignment* RBRACK
    ;

fieldAssignment
    : anyName ASSIGN expression
    ;

// ------------------------------------------------------------------------------------------------------------
// Expressions, C-like precedence (highest first): postfix, unary, * / %, + -, < <= > >=, [not] in,
// == != =, &&, ||

expression
    : postfixExpression                                                         # operand
    | IF LPAREN expression COMMA expression COMMA expression RPAREN              # conditional
    | op=(BANG | MINUS | PLUS) expression                                       # unary
    | expression op=(STAR | SLASH | PERCENT) expression                         # multiplicative
    | expression op=(PLUS | MINUS) expression                                   # additive
    | expression op=(LT | LE | GT | GE) expression                              # relational
    | expression NOT? IN expression                                             # membership
    | expression IS NOT? NULL                                                   # nullCheck      // criteria: Email is null
    | expression NOT? (CONTAINS | STARTS WITH | ENDS WITH) expression           # textMatch     // Name starts with "A"
    | expression op=(EQ | NEQ | ASSIGN) expression                              # equality
    | expression AND expression                                                 # logicalAnd
    | expression OR expression                                                  # logicalOr
    ;

postfixExpression
    : literal                                                                   # literalExpression
    | mapLiteral                                                                # mapExpression
    | listLiteral                                                               # listExpression
    | collectionConstructor                                                     # constructorExpression
    | IFNULL LPAREN expression COMMA expression RPAREN                           # ifNull
    | LPAREN expression RPAREN                                                  # parenthesized
    | functionName arguments                                                    # functionCall
    | INVOKEURL arguments                                                       # invokeUrlFunction   // Creator's invokeUrl(url, type …)
    | ident                                                                     # identifier
    | postfixExpression DOT anyName arguments                                   # methodCall
    | postfixExpression DOT anyName                                             # memberAccess
    | postfixExpression LBRACK expression RBRACK                                # fetch
    | postfixExpression SORT BY ident (ASC | DESC)?                             # sortBy
    | postfixExpression RANGE FROM expression TO expression                     # range
    ;

// f(a, b)   and, for collections, key-value pairs: coll.insert("Name":"Jane"), Collection("Age": 21)
arguments
    : LPAREN (expression (COLON expression)? (COMMA expression (COLON expression)?)*)? RPAREN
    ;

// Map()  List()  list:int()  List:String({"a"})  Collection("Name": "Jane", "Age": 21)
collectionConstructor
    : kind=(MAP | LIST | COLLECTION) (COLON anyName)? arguments
    ;

// {} is an empty map; {"k": v} a map; {a, b} a list; [a, b] a list (rare)
mapLiteral
    : LBRACE (mapEntry (COMMA mapEntry)* COMMA?)? RBRACE
    ;

mapEntry
    : expression COLON expression
    ;

listLiteral
    : LBRACE expression (COMMA expression)* COMMA? RBRACE
    | LBRACK (expression (COMMA expression)* COMMA?)? RBRACK
    ;

literal
    : STRING
    | SQ_STRING
    | NUMBER
    | TRUE
    | FALSE
    | NULL
    | UNTERMINATED_STRING       // error token, reported by the facade; kept here so that recovery stays local
    | UNTERMINATED_SQ_STRING
    ;

// ------------------------------------------------------------------------------------------------------------
// Names

// Identifiers, including the soft keywords.
ident
    : IDENT
    | EACH | INDEX | IN | NOT | WHILE | INFO | INSERT | INTO | DELETE | FROM | SORT | BY | ASC | DESC | RANGE
    | TO | CANCEL | SUBMIT | ALERT | HIDE | SHOW | ENABLE | DISABLE | CLEAR | AS | MAP | LIST | COLLECTION
    | IS | CONTAINS | STARTS | ENDS | WITH
    ;

// A name that can be called like a function: an identifier, except the collection constructors.
functionName
    : IDENT
    | EACH | INDEX | IN | NOT | WHILE | INFO | INSERT | INTO | DELETE | FROM | SORT | BY | ASC | DESC | RANGE
    | TO | CANCEL | SUBMIT | ALERT | HIDE | SHOW | ENABLE | DISABLE | CLEAR | AS
    | IS | CONTAINS | STARTS | ENDS | WITH
    ;

// Any word: member names after `.`, task-block keys, insert field names.
anyName
    : IDENT
    | EACH | INDEX | IN | NOT | WHILE | INFO | INSERT | INTO | DELETE | FROM | SORT | BY | ASC | DESC | RANGE
    | TO | CANCEL | SUBMIT | ALERT | HIDE | SHOW | ENABLE | DISABLE | CLEAR | AS | MAP | LIST | COLLECTION
    | IS | CONTAINS | STARTS | ENDS | WITH
    | IF | ELSE | FOR | RETURN | TRY | CATCH | BREAK | CONTINUE | TRUE | FALSE | NULL | IFNULL
    | INVOKEURL | INVOKEAPI | SENDMAIL
    ;

// ------------------------------------------------------------------------------------------------------------
// Lexer

// hard keywords
IF          : 'if' ;
ELSE        : 'else' ;
FOR         : 'for' ;
RETURN      : 'return' ;
TRY         : 'try' ;
CATCH       : 'catch' ;
BREAK       : 'break' ;
CONTINUE    : 'continue' ;
TRUE        : 'true' ;
FALSE       : 'false' ;
NULL        : 'null' ;
IFNULL      : 'ifnull' ;
INVOKEURL   : 'invokeurl' ;
INVOKEAPI   : 'invokeapi' ;
SENDMAIL    : 'sendmail' ;

// soft keywords (also identifiers)
EACH        : 'each' ;
INDEX       : 'index' ;
IN          : 'in' ;
NOT         : 'not' ;
WHILE       : 'while' ;
INFO        : 'info' ;
INSERT      : 'insert' ;
INTO        : 'into' ;
DELETE      : 'delete' ;
FROM        : 'from' ;
SORT        : 'sort' ;
BY          : 'by' ;
ASC         : 'asc' ;
DESC        : 'desc' ;
RANGE       : 'range' ;
TO          : 'to' ;
CANCEL      : 'cancel' ;
SUBMIT      : 'submit' ;
ALERT       : 'alert' ;
HIDE        : 'hide' ;
SHOW        : 'show' ;
ENABLE      : 'enable' ;
DISABLE     : 'disable' ;
CLEAR       : 'clear' ;
AS          : 'as' ;
MAP         : 'map' ;
LIST        : 'list' ;
COLLECTION  : 'collection' ;
// criteria operators: Form[Email is not null && Name starts with "A"]
IS          : 'is' ;
CONTAINS    : 'contains' ;
STARTS      : 'starts' ;
ENDS        : 'ends' ;
WITH        : 'with' ;

// literals
STRING      : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"' ;
// A string with raw line breaks (long HTML messages) is a STRING too, but only when what follows its closing
// quote can end a string operand; otherwise the first line is an UNTERMINATED_STRING, so that one missing
// quote cannot swallow the following lines.
MULTILINE_STRING
    : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* [\r\n] ( '\\' . | ~["\\] )* '"' {closesMultiLineString()}? -> type(STRING)
    ;
SQ_STRING   : '\'' ( '\\' ~[\r\n] | ~['\\\r\n] )* '\'' ;
NUMBER      : [0-9]+ ( '.' [0-9]+ )? ;
IDENT       : [\p{L}_$] [\p{L}\p{N}_$]* ;

// operators and punctuation
EQ              : '==' ;
NEQ             : '!=' ;
LE              : '<=' ;
GE              : '>=' ;
LT              : '<' ;
GT              : '>' ;
AND             : '&&' ;
OR              : '||' ;
BANG            : '!' ;
PLUS_ASSIGN     : '+=' ;
MINUS_ASSIGN    : '-=' ;
STAR_ASSIGN     : '*=' ;
SLASH_ASSIGN    : '/=' ;
PERCENT_ASSIGN  : '%=' ;
ASSIGN          : '=' ;
PLUS            : '+' ;
MINUS           : '-' ;
STAR            : '*' ;
SLASH           : '/' ;
PERCENT         : '%' ;
LPAREN          : '(' ;
RPAREN          : ')' ;
LBRACE          : '{' ;
RBRACE          : '}' ;
LBRACK          : '[' ;
RBRACK          : ']' ;
COMMA           : ',' ;
SEMI            : ';' ;
COLON           : ':' ;
DOT             : '.' ;

// trivia: hidden, never skipped
LINE_COMMENT    : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT   : '/*' .*? '*/' -> channel(HIDDEN) ;
// zero-width spaces and joiners that editors and copy-paste leave in scripts count as white space
WS              : [ \t\r\n\f\u000B\u00A0\u2028\u2029\uFEFF\u200B\u200C\u200D\u2060]+ -> channel(HIDDEN) ;

// error tokens: keep the lexer sane on broken input; the parser (or the facade) reports them
UNTERMINATED_STRING        : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '\\'? ;
UNTERMINATED_SQ_STRING     : '\'' ( '\\' ~[\r\n] | ~['\\\r\n] )* '\\'? ;
UNTERMINATED_BLOCK_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF -> channel(HIDDEN) ;
OTHER                      : . ;
