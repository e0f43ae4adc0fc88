/*
 * Minimal Deluge grammar: a faithful lexer (strings, comments, numbers, identifiers, punctuation) and a
 * statement-level parser that only checks bracket balance. The full grammar replaces the parser rules;
 * the lexer's channels stay: comments and whitespace are hidden, never skipped, so the original text is
 * always reachable from the token stream.
 */
grammar Deluge;

script : element* EOF ;

element
    : '(' element* ')'
    | '[' element* ']'
    | '{' element* '}'
    | atom
    ;

atom : STRING | CHAR_STRING | NUMBER | IDENTIFIER | OPERATOR | ';' | ',' | ':' | '.' ;

STRING      : '"' ( '\\' . | ~["\\] )* '"' ;
CHAR_STRING : '\'' ( '\\' . | ~['\\\r\n] )* '\'' ;
NUMBER      : [0-9]+ ( '.' [0-9]+ )? ;
IDENTIFIER  : [a-zA-Z_$] [a-zA-Z_0-9$]* ;
OPERATOR    : '==' | '!=' | '<=' | '>=' | '&&' | '||' | '+=' | '-=' | '*=' | '/=' | '%='
            | '+' | '-' | '*' | '/' | '%' | '=' | '<' | '>' | '!' | '?' | '&' | '|' | '#' | '@' ;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
WS            : [ \t\r\n\f\u00A0\uFEFF]+ -> channel(HIDDEN) ;
UNTERMINATED_STRING : '"' ( '\\' . | ~["\\] )* EOF ;
OTHER       : . ;
