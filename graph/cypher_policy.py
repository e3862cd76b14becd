"""The clause and procedure allow-list for analysts' Cypher, checked on the tokenized query.

This guard reads the query the way Neo4j's lexer does, before anything is sent to the
server: string literals (with backslash escapes), ``//`` and ``/* */`` comments,
backtick-quoted names (with doubled backticks), ``$parameters`` and brackets are tokens of
their own, so a keyword hidden in a string or a comment is not a keyword, and a keyword
split by a comment or an odd Unicode character is not missed. Anything the lexer does not
understand (an unterminated string, an unknown character, unbalanced brackets) is refused:
the guard fails closed.

On the tokens it enforces an allow-list:

- a query, and every ``{ ... }`` subquery, starts with an allowed clause
  (:data:`QUERY_STARTS`);
- every clause word of Cypher 5 (:data:`CLAUSE_WORDS`) met anywhere, at any nesting depth,
  must be one of :data:`ALLOWED_CLAUSE_WORDS`: ``CREATE``, ``MERGE``, ``SET``, ``DELETE``,
  ``REMOVE``, ``FOREACH``, ``LOAD CSV``, ``USE``, ``SHOW``, ``DROP``, ``GRANT``,
  ``ALTER``, ``START``/``STOP DATABASE``, ``TERMINATE``, ``CALL ... IN TRANSACTIONS``...
  are refused wherever they appear;
- ``CALL`` runs a subquery (``CALL { ... }``, ``CALL (x) { ... }``) or one of
  :data:`ALLOWED_PROCEDURES`; ``dbms.*``, ``apoc.*``, ``gds.*`` and every other procedure
  are refused;
- a namespaced function call (``ns.fn(...)``) must be in :data:`ALLOWED_FUNCTION_NAMESPACES`
  (temporal, spatial and vector functions), so a plugin function that runs Cypher
  (``apoc.cypher.runFirstColumn``) cannot smuggle a write.

A word is a clause word only where Neo4j could read it as one: not after ``.`` (a property
key or namespace), not after ``:`` (a label, a relationship type, a map value's start) and
never inside backticks. A variable named like a clause (``set``) is refused: quote it in
backticks. Every refusal is collected, so one answer names them all.

Examples
--------
>>> check_query("MATCH (a:Actor) WHERE a.name STARTS WITH 'S' RETURN a LIMIT 5")
>>> check_query("MATCH (n) DETACH DELETE n")
Traceback (most recent call last):
...
graph.errors.QueryRejected: query refused: DETACH DELETE (line 1, column 11) ...
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from graph.errors import InvalidInput, QueryRejected

#: Read-only procedures an analyst may CALL (exact names, as Neo4j spells them).
ALLOWED_PROCEDURES: frozenset[str] = frozenset({
    "db.labels",
    "db.relationshipTypes",
    "db.propertyKeys",
    "db.schema.visualization",
    "db.schema.nodeTypeProperties",
    "db.schema.relTypeProperties",
    "db.index.fulltext.queryNodes",
    "db.index.fulltext.queryRelationships",
})

#: Namespaces whose functions are pure computations (lower case).
ALLOWED_FUNCTION_NAMESPACES: frozenset[str] = frozenset({
    "date", "datetime", "localdatetime", "time", "localtime", "duration",
    "point", "vector.similarity",
})

#: Namespaced functions allowed one by one (exact names).
ALLOWED_FUNCTIONS: frozenset[str] = frozenset({"db.nameFromElementId"})

#: Most elements one ``range()`` may have, and all ``range()`` calls of a query together
#: (their product: nested ranges multiply). Lists built inside one expression are not
#: tracked by Neo4j's memory pools and cannot be interrupted by the transaction timeout,
#: so a huge one could exhaust the server's heap; this budget refuses them up front.
RANGE_BUDGET = 1_000_000

#: Clause words a query or a subquery may start with.
QUERY_STARTS: frozenset[str] = frozenset({"MATCH", "OPTIONAL", "WITH", "RETURN", "UNWIND", "CALL"})

#: Clause words of read queries.
ALLOWED_CLAUSE_WORDS: frozenset[str] = frozenset({
    "MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "UNWIND", "ORDER", "SKIP", "OFFSET",
    "LIMIT", "UNION", "CALL", "YIELD", "FINISH", "USING",
})

#: Every other word that opens a clause or a command in Cypher 5 (or in Cypher 25, or in
#: Neo4j 4's ``USING PERIODIC COMMIT``), with what an analyst is told when it is refused.
REFUSED_CLAUSE_WORDS: dict[str, str] = {
    "CREATE": "CREATE", "INSERT": "INSERT", "MERGE": "MERGE", "SET": "SET",
    "DELETE": "DELETE", "DETACH": "DETACH DELETE", "NODETACH": "NODETACH DELETE",
    "REMOVE": "REMOVE", "FOREACH": "FOREACH", "LOAD": "LOAD CSV", "CSV": "LOAD CSV",
    "USE": "USE", "SHOW": "SHOW", "DROP": "DROP", "ALTER": "ALTER", "RENAME": "RENAME",
    "GRANT": "GRANT", "DENY": "DENY", "REVOKE": "REVOKE", "ENABLE": "ENABLE",
    "DEALLOCATE": "DEALLOCATE", "REALLOCATE": "REALLOCATE", "DRYRUN": "DRYRUN",
    "TERMINATE": "TERMINATE", "DATABASE": "START/STOP/CREATE DATABASE",
    "DATABASES": "SHOW DATABASES", "TRANSACTIONS": "CALL { ... } IN TRANSACTIONS",
    "CONCURRENT": "CALL { ... } IN CONCURRENT TRANSACTIONS",
    "PERIODIC": "USING PERIODIC COMMIT", "EXPLAIN": "EXPLAIN", "PROFILE": "PROFILE",
    "CYPHER": "CYPHER query options", "LET": "LET", "FILTER": "FILTER", "NEXT": "NEXT",
}

CLAUSE_WORDS: frozenset[str] = ALLOWED_CLAUSE_WORDS | frozenset(REFUSED_CLAUSE_WORDS)

#: Command words whose next word names the command (``SHOW TRANSACTIONS``).
_COMMANDS = frozenset({"USE", "CREATE", "DROP", "ALTER", "SHOW", "GRANT", "DENY", "REVOKE",
                       "RENAME", "ENABLE", "TERMINATE", "DEALLOCATE", "REALLOCATE", "DRYRUN"})

_READ_ONLY = ("analysts' Cypher may only read (a name that looks like a clause can be "
              "quoted in backticks)")

#: Words after which ``{`` opens a subquery rather than a map.
_SUBQUERY_OPENERS = frozenset({"CALL", "EXISTS", "COUNT", "COLLECT"})

_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {v: k for k, v in _OPEN.items()}
# Longest first: the lexer takes the longest operator that matches.
_PUNCT = ("<>", "<=", ">=", "=~", "+=", "..", "->", "<-", "::", "||",
          "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "|", "&", "!", "%", "^",
          "=", "<", ">", "+", "-", "*", "/", "?")
# Line ends: every character any lexer might end a // comment at (ending early only
# shows more tokens, which is safe; ending late could hide a clause).
_LINE_ENDS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")


class Kind(Enum):
    WORD = "word"  # a keyword or an unquoted name
    NAME = "name"  # a backtick-quoted name: never a keyword
    STRING = "string"
    NUMBER = "number"
    PARAM = "param"
    PUNCT = "punct"


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str  # the word, the name without backticks, the punctuation...
    offset: int

    @property
    def upper(self) -> str:
        return self.text.upper()


def _position(query: str, offset: int) -> tuple[int, int]:
    line = query.count("\n", 0, offset) + 1
    column = offset - (query.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _lex_error(query: str, offset: int, message: str) -> InvalidInput:
    line, column = _position(query, offset)
    return InvalidInput(
        f"the query cannot be read: {message} (line {line}, column {column})",
        [{"location": "query", "line": line, "column": column, "message": message}],
    )


def _is_space(c: str) -> bool:
    return c.isspace() or unicodedata.category(c) in ("Zs", "Zl", "Zp")


def _is_name_start(c: str) -> bool:
    return c == "_" or c.isalpha()


def _is_name_part(c: str) -> bool:
    return c == "_" or c.isalnum()


def tokenize(query: str) -> list[Token]:
    """Split ``query`` into tokens, dropping whitespace and comments.

    Raises
    ------
    InvalidInput
        For an unterminated string, comment or quoted name, or a character that is not
        part of Cypher's syntax outside strings (named with its line and column).
    """
    tokens: list[Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if _is_space(c):
            i += 1
        elif query.startswith("//", i):
            while i < n and query[i] not in _LINE_ENDS:
                i += 1
        elif query.startswith("/*", i):
            end = query.find("*/", i + 2)
            if end < 0:
                raise _lex_error(query, i, "a /* comment is not closed")
            i = end + 2
        elif c in "'\"":
            j = i + 1
            while j < n and query[j] != c:
                j += 2 if query[j] == "\\" else 1
            if j >= n:
                raise _lex_error(query, i, "a string is not closed")
            tokens.append(Token(Kind.STRING, query[i + 1:j], i))
            i = j + 1
        elif c == "`":
            name, i = _quoted_name(query, i)
            tokens.append(Token(Kind.NAME, name, i))
        elif c == "$" and query.startswith("$(", i):  # a dynamic label or type: :$(expr)
            tokens.append(Token(Kind.PUNCT, "$", i))
            i += 1
        elif c == "$":
            j = i + 1
            if j < n and query[j] == "`":
                name, j = _quoted_name(query, j)
            else:
                while j < n and _is_name_part(query[j]):
                    j += 1
                name = query[i + 1:j]
                if not name:
                    raise _lex_error(query, i, "'$' is not followed by a parameter name")
            tokens.append(Token(Kind.PARAM, name, i))
            i = j
        elif c.isdigit() or (c == "." and i + 1 < n and query[i + 1].isdigit()):
            j = _number_end(query, i)
            tokens.append(Token(Kind.NUMBER, query[i:j], i))
            i = j
        elif _is_name_start(c):
            j = i + 1
            while j < n and _is_name_part(query[j]):
                j += 1
            tokens.append(Token(Kind.WORD, query[i:j], i))
            i = j
        else:
            op = next((p for p in _PUNCT if query.startswith(p, i)), None)
            if op is None:
                raise _lex_error(query, i, f"unexpected character U+{ord(c):04X} {c!r}")
            tokens.append(Token(Kind.PUNCT, op, i))
            i += len(op)
    return tokens


def _quoted_name(query: str, start: int) -> tuple[str, int]:
    """Read a backtick-quoted name at ``start``; return (name, index after it)."""
    parts: list[str] = []
    j = start + 1
    while True:
        end = query.find("`", j)
        if end < 0:
            raise _lex_error(query, start, "a `quoted name` is not closed")
        parts.append(query[j:end])
        if query.startswith("``", end):  # a doubled backtick is one backtick of the name
            parts.append("`")
            j = end + 2
            continue
        return "".join(parts), end + 1


def _number_end(query: str, i: int) -> int:
    n = len(query)
    if query.startswith(("0x", "0X", "0o", "0O"), i):
        j = i + 2
        while j < n and (query[j].isalnum() or query[j] == "_"):
            j += 1
        return j
    j = i
    while j < n and (query[j].isdigit() or query[j] == "_"):
        j += 1
    # a fraction, but not the '..' of a slice or range: [1..5]
    if j + 1 < n and query[j] == "." and query[j + 1].isdigit():
        j += 1
        while j < n and (query[j].isdigit() or query[j] == "_"):
            j += 1
    if j < n and query[j] in "eE":
        k = j + 1
        if k < n and query[k] in "+-":
            k += 1
        if k < n and query[k].isdigit():
            j = k
            while j < n and query[j].isdigit():
                j += 1
    return j


@dataclass(frozen=True)
class Refusal:
    """One thing the policy refuses, where it is, and why."""

    what: str
    offset: int
    reason: str

    def as_dict(self, query: str) -> dict[str, Any]:
        line, column = _position(query, self.offset)
        return {"refused": self.what, "line": line, "column": column, "reason": self.reason}


class _NotStatic(Exception):
    """An expression whose value cannot be known before the query runs."""


class _Checker:
    def __init__(self, query: str, tokens: list[Token],
                 params: Mapping[str, Any] | None = None) -> None:
        self.query = query
        self.t = tokens
        self.params = params or {}
        self.refusals: list[Refusal] = []
        self.range_product = 1

    def refuse(self, what: str, tok: Token, reason: str) -> None:
        self.refusals.append(Refusal(what, tok.offset, reason))

    def prev(self, i: int) -> Token | None:
        return self.t[i - 1] if i > 0 else None

    def is_keyword_at(self, i: int) -> bool:
        """Whether the WORD at ``i`` stands where Neo4j could read a keyword."""
        p = self.prev(i)
        return not (p is not None and p.kind is Kind.PUNCT and p.text in (".", ":", "::"))

    def dotted_name(self, i: int) -> tuple[str, int]:
        """The name ``a.b.c`` starting at ``i`` (words or quoted names); (name, next index)."""
        parts = [self.t[i].text]
        j = i + 1
        while (j + 1 < len(self.t) and self.t[j].kind is Kind.PUNCT and self.t[j].text == "."
               and self.t[j + 1].kind in (Kind.WORD, Kind.NAME)):
            parts.append(self.t[j + 1].text)
            j += 2
        return ".".join(parts), j

    def check(self) -> list[Refusal]:
        t = self.t
        if not t:
            return self.refusals
        self.expect_query_start(0, top=True)
        stack: list[tuple[str, int, bool]] = []  # (opening bracket, index, is a subquery)
        call_scope_parens: set[int] = set()  # '(' indexes of CALL (x) { ... }
        for i, tok in enumerate(t):
            if tok.kind is Kind.PUNCT:
                if tok.text == ";":
                    if i != len(t) - 1:
                        self.refuse("several statements", tok,
                                    "send one statement per request (';' ends it)")
                elif tok.text in _OPEN:
                    subquery = tok.text == "{" and self.opens_subquery(i, call_scope_parens)
                    stack.append((tok.text, i, subquery))
                    if subquery:
                        self.expect_query_start(i + 1, top=False)
                elif tok.text in _CLOSE:
                    if not stack or stack[-1][0] != _CLOSE[tok.text]:
                        raise _lex_error(self.query, tok.offset, f"unbalanced '{tok.text}'")
                    _, opened, subquery = stack.pop()
                    if subquery and self.is_call_brace(opened, call_scope_parens):
                        self.check_in_transactions(i)
            elif tok.kind in (Kind.WORD, Kind.NAME):
                self.check_word(i, call_scope_parens)
        if stack:
            opener, opened, _ = stack[-1]
            raise _lex_error(self.query, t[opened].offset, f"'{opener}' is not closed")
        self.check_nested_iterations()
        return self.refusals

    def iterations(self) -> list[tuple[int, str, int, int, int]]:
        """Every ``x IN list`` iteration of a list comprehension, ``all/any/none/single``
        or ``reduce``: (head index, variable, list start, list end, closing index)."""
        t = self.t
        found = []
        for i, tok in enumerate(t):
            if tok.kind is Kind.PUNCT and tok.text == "[":
                open_index, var_index = i, i + 1
            elif (tok.kind is Kind.WORD and tok.upper in ("ALL", "ANY", "NONE", "SINGLE")
                  and self.is_keyword_at(i) and t[i + 1:i + 2]
                  and t[i + 1].kind is Kind.PUNCT and t[i + 1].text == "("):
                open_index, var_index = i + 1, i + 2
            elif (tok.kind is Kind.WORD and tok.upper == "REDUCE" and self.is_keyword_at(i)
                  and t[i + 1:i + 2] and t[i + 1].text == "("):
                open_index = i + 1
                # reduce(acc = init, x IN list | expr): the variable follows the first comma
                depth, var_index = 0, -1
                for j in range(open_index + 1, self.matching(open_index)):
                    tj = t[j]
                    if tj.kind is Kind.PUNCT and tj.text in _OPEN:
                        depth += 1
                    elif tj.kind is Kind.PUNCT and tj.text in _CLOSE:
                        depth -= 1
                    elif depth == 0 and tj.kind is Kind.PUNCT and tj.text == ",":
                        var_index = j + 1
                        break
                if var_index < 0:
                    continue
            else:
                continue
            if not (var_index + 1 < len(t) and t[var_index].kind in (Kind.WORD, Kind.NAME)
                    and t[var_index + 1].kind is Kind.WORD and t[var_index + 1].upper == "IN"):
                continue
            close = self.matching(open_index)
            start = var_index + 2
            depth, end = 0, close
            for j in range(start, close):
                tj = t[j]
                if tj.kind is Kind.PUNCT and tj.text in _OPEN:
                    depth += 1
                elif tj.kind is Kind.PUNCT and tj.text in _CLOSE:
                    depth -= 1
                elif depth == 0 and ((tj.kind is Kind.PUNCT and tj.text == "|") or
                                     (tj.kind is Kind.WORD and tj.upper == "WHERE")):
                    end = j
                    break
            found.append((open_index, t[var_index].text, start, end, close))
        return found

    def check_nested_iterations(self) -> None:
        """An iteration inside another one's body must walk something derived from the
        outer variable (``[p IN paths | [n IN nodes(p) | n.name]]``): two independent lists
        nested make an n x m computation inside one expression, which neither the memory
        pools nor the time limit can stop."""
        its = self.iterations()
        for head, _, start, end, _ in its:
            enclosing = [var for h2, var, _, end2, close2 in its if end2 < head < close2
                         and h2 != head]
            if not enclosing:
                continue
            tokens = self.t[start:end]
            derived = any(
                tk.kind in (Kind.WORD, Kind.NAME) and tk.text in enclosing
                and not (k > 0 and tokens[k - 1].kind is Kind.PUNCT
                         and tokens[k - 1].text in (".", ":"))
                for k, tk in enumerate(tokens))
            literal = tokens[:1] and tokens[0].text == "[" and all(
                tk.kind in (Kind.NUMBER, Kind.STRING, Kind.PUNCT)
                or tk.upper in ("TRUE", "FALSE", "NULL") for tk in tokens)
            static_range = (len(tokens) > 2 and tokens[0].kind is Kind.WORD
                            and tokens[0].upper == "RANGE" and all(
                                tk.kind in (Kind.NUMBER, Kind.PARAM, Kind.PUNCT)
                                for tk in tokens[1:]))
            if not (derived or literal or static_range):
                self.refuse("nested iteration over an independent list", self.t[head],
                            "an inner comprehension must walk something taken from the "
                            "outer one's variable (nodes(p), x.list...); two independent "
                            "lists nested would be computed in full inside one expression")

    def opens_subquery(self, i: int, call_scope_parens: set[int]) -> bool:
        p = self.prev(i)
        if p is None:
            return False
        if p.kind is Kind.WORD and p.upper in _SUBQUERY_OPENERS and self.is_keyword_at(i - 1):
            return True
        if p.kind is Kind.PUNCT and p.text == ")":
            # CALL (x, y) { ... }: find the '(' matching this ')'
            depth = 0
            for j in range(i - 1, -1, -1):
                tj = self.t[j]
                if tj.kind is Kind.PUNCT and tj.text == ")":
                    depth += 1
                elif tj.kind is Kind.PUNCT and tj.text == "(":
                    depth -= 1
                    if depth == 0:
                        return j in call_scope_parens
        return False

    def is_call_brace(self, opened: int, call_scope_parens: set[int]) -> bool:
        p = self.prev(opened)
        if p is None:
            return False
        if p.kind is Kind.WORD and p.upper == "CALL":
            return True
        return p.kind is Kind.PUNCT and p.text == ")" and self.opens_subquery(
            opened, call_scope_parens)

    def check_in_transactions(self, close: int) -> None:
        nxt = self.t[close + 1] if close + 1 < len(self.t) else None
        if nxt is not None and nxt.kind is Kind.WORD and nxt.upper == "IN":
            self.refuse("CALL { ... } IN TRANSACTIONS", nxt,
                        "batched writes are not allowed")

    def expect_query_start(self, i: int, *, top: bool) -> None:
        if i >= len(self.t):
            return
        tok = self.t[i]
        if tok.kind is Kind.WORD and tok.upper in QUERY_STARTS:
            return
        if not top and tok.kind is Kind.PUNCT and tok.text in ("(", "}"):
            return  # EXISTS { (a)-->(b) } / COUNT { (a)--() }: a bare pattern, or empty
        if not top and tok.kind is Kind.WORD and self.t[i + 1:i + 2] and \
                self.t[i + 1].kind is Kind.PUNCT and self.t[i + 1].text in ("=",):
            return  # EXISTS { p = (a)-->(b) }
        if tok.kind is Kind.WORD and tok.upper in REFUSED_CLAUSE_WORDS:
            return  # refused by name when its word is checked
        nxt = self.t[i + 1] if i + 1 < len(self.t) else None
        if tok.kind is Kind.WORD and tok.upper in ("START", "STOP") and nxt is not None \
                and nxt.upper == "DATABASE":
            return  # refused as START/STOP DATABASE
        where = "a query" if top else "a subquery"
        self.refuse(tok.text, tok, f"{where} must start with "
                    + ", ".join(sorted(QUERY_STARTS - {"OPTIONAL"})) + " or OPTIONAL MATCH")

    def check_word(self, i: int, call_scope_parens: set[int]) -> None:
        t = self.t
        tok = t[i]
        # a namespaced function call ns.fn(...), wherever it stands (also after ':')
        p = self.prev(i)
        starts_name = not (p is not None and p.kind is Kind.PUNCT and p.text == ".")
        if starts_name:
            name, j = self.dotted_name(i)
            is_call_target = (p is not None and p.kind is Kind.WORD and p.upper == "CALL"
                              and self.is_keyword_at(i - 1))
            if ("." in name and not is_call_target and j < len(t)
                    and t[j].kind is Kind.PUNCT and t[j].text == "("):
                self.check_function(name, tok)
        if tok.kind is not Kind.WORD or not self.is_keyword_at(i):
            return
        word = tok.upper
        followed_by_paren = i + 1 < len(t) and t[i + 1].kind is Kind.PUNCT and \
            t[i + 1].text == "("
        if word == "RANGE" and followed_by_paren:
            self.check_range(i)
        elif word == "REDUCE" and followed_by_paren:
            self.check_reduce(i)
        if word in REFUSED_CLAUSE_WORDS:
            if p is not None and p.kind is Kind.WORD and self.is_keyword_at(i - 1) and (
                    p.upper in REFUSED_CLAUSE_WORDS or p.upper in ("START", "STOP")
                    and word == "DATABASE"):
                if p.upper in ("START", "STOP"):
                    self.refuse(f"{p.upper} DATABASE", p, _READ_ONLY)
                return  # the rest of a command already named by its first word
            if word in ("TRANSACTIONS", "CONCURRENT") and self.refusals and \
                    self.refusals[-1].what == "CALL { ... } IN TRANSACTIONS":
                return
            what = REFUSED_CLAUSE_WORDS[word]
            nxt = t[i + 1] if i + 1 < len(t) else None
            if word in _COMMANDS and nxt is not None and nxt.kind is Kind.WORD:
                # SHOW TRANSACTIONS, CREATE INDEX, DROP USER, USE system...
                what = f"{word} {nxt.text if word == 'USE' else nxt.upper}"
            self.refuse(what, tok, _READ_ONLY)
        elif word == "UNION":
            nxt = t[i + 1] if i + 1 < len(t) else None
            skip = 2 if nxt is not None and nxt.kind is Kind.WORD and \
                nxt.upper in ("ALL", "DISTINCT") else 1
            self.expect_query_start(i + skip, top=True)
        elif word == "CALL":
            nxt = t[i + 1] if i + 1 < len(t) else None
            if nxt is None:
                self.refuse("CALL", tok, "CALL needs a subquery or a procedure")
            elif nxt.kind is Kind.PUNCT and nxt.text == "{":
                pass  # CALL { subquery }
            elif nxt.kind is Kind.PUNCT and nxt.text == "(":
                call_scope_parens.add(i + 1)  # CALL (x) { subquery }
            elif nxt.kind in (Kind.WORD, Kind.NAME):
                name, _ = self.dotted_name(i + 1)
                if name not in ALLOWED_PROCEDURES:
                    self.refuse(f"procedure {name}", nxt, "allowed procedures: "
                                + ", ".join(sorted(ALLOWED_PROCEDURES)))
            else:
                self.refuse("CALL", tok, "CALL needs a subquery or a procedure name")

    def matching(self, open_index: int) -> int:
        """Index of the bracket closing the one at ``open_index`` (brackets are balanced:
        ``check`` refuses the query otherwise, so a missing one means the end)."""
        depth = 0
        for j in range(open_index, len(self.t)):
            tj = self.t[j]
            if tj.kind is Kind.PUNCT and tj.text in _OPEN:
                depth += 1
            elif tj.kind is Kind.PUNCT and tj.text in _CLOSE:
                depth -= 1
                if depth == 0:
                    return j
        return len(self.t)

    def arguments(self, open_index: int) -> list[list[Token]]:
        """The comma-separated arguments of the call whose '(' is at ``open_index``."""
        close = self.matching(open_index)
        args: list[list[Token]] = [[]]
        depth = 0
        for tj in self.t[open_index + 1:close]:
            if tj.kind is Kind.PUNCT and tj.text in _OPEN:
                depth += 1
            elif tj.kind is Kind.PUNCT and tj.text in _CLOSE:
                depth -= 1
            if depth == 0 and tj.kind is Kind.PUNCT and tj.text == ",":
                args.append([])
            else:
                args[-1].append(tj)
        return args

    def check_range(self, i: int) -> None:
        """``range(start, end[, step])``: its size, when its bounds are known, must fit the
        budget; unknown bounds may only be ``size()``/``length()`` of a value, ± a number."""
        args = self.arguments(i + 1)
        tok = self.t[i]
        values: list[float | None] = []
        for arg in args:
            try:
                values.append(_evaluate(arg, self.params))
            except _NotStatic:
                if not _is_data_bound(arg):
                    self.refuse("range() with computed bounds", tok,
                                "range() bounds must be numbers, $parameters, or "
                                "size()/length() of a value plus or minus a number")
                    return
                values.append(None)
        if len(values) < 2 or values[0] is None or values[1] is None:
            return  # data-bound: as large as the data, which the other limits cover
        step = values[2] if len(values) > 2 else 1
        if step is None or step == 0:
            return
        n = max(0, int((values[1] - values[0]) // step) + 1)
        self.range_product *= max(n, 1)
        if n > RANGE_BUDGET:
            self.refuse(f"range() of {n:,} elements", tok,
                        f"at most {RANGE_BUDGET:,} elements per range()")
        elif self.range_product > RANGE_BUDGET:
            self.refuse("range() calls too large together", tok,
                        f"the sizes of all range() calls multiply to more than "
                        f"{RANGE_BUDGET:,}")

    def check_reduce(self, i: int) -> None:
        """``reduce(acc = init, x IN list | expr)``: ``acc`` used twice in ``expr`` doubles
        the value on every step (``s + s``), which no memory pool tracks."""
        close = self.matching(i + 1)
        inner = self.t[i + 2:close]
        if not inner or inner[0].kind not in (Kind.WORD, Kind.NAME):
            return
        acc = inner[0].text
        depth = 0
        for k, tk in enumerate(inner):
            if tk.kind is Kind.PUNCT and tk.text in _OPEN:
                depth += 1
            elif tk.kind is Kind.PUNCT and tk.text in _CLOSE:
                depth -= 1
            elif depth == 0 and tk.kind is Kind.PUNCT and tk.text == "|":
                expr = inner[k + 1:]
                uses = sum(
                    1 for m, e in enumerate(expr)
                    if e.kind in (Kind.WORD, Kind.NAME) and e.text == acc
                    and not (m > 0 and expr[m - 1].kind is Kind.PUNCT
                             and expr[m - 1].text in (".", ":")))
                if uses > 1:
                    self.refuse("reduce() that reuses its accumulator", self.t[i],
                                f"'{acc}' appears {uses} times in the expression: the value "
                                "could double on every step")
                return

    def check_function(self, name: str, tok: Token) -> None:
        namespace = name.rsplit(".", 1)[0].lower()
        if name in ALLOWED_FUNCTIONS or namespace in ALLOWED_FUNCTION_NAMESPACES:
            return
        self.refuse(f"function {name}", tok, "allowed namespaced functions: "
                    + ", ".join(sorted(ALLOWED_FUNCTION_NAMESPACES | ALLOWED_FUNCTIONS)))


def _number(tok: Token) -> float:
    text = tok.text.replace("_", "")
    try:
        return int(text, 0) if text[:2].lower() in ("0x", "0o") else int(text)
    except ValueError:
        return float(text)


def _evaluate(tokens: list[Token], params: Mapping[str, Any]) -> float:
    """The value of integer arithmetic over numbers and numeric ``$parameters``.

    Raises _NotStatic for anything else (variables, properties, function calls).
    """
    pos = 0

    def peek() -> Token | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> Token:
        nonlocal pos
        tok = peek()
        if tok is None:
            raise _NotStatic
        pos += 1
        return tok

    def atom() -> float:
        tok = take()
        if tok.kind is Kind.NUMBER:
            return _number(tok)
        if tok.kind is Kind.PARAM:
            value = params.get(tok.text)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return value
            raise _NotStatic
        if tok.kind is Kind.PUNCT and tok.text == "(":
            value = additive()
            if take().text != ")":
                raise _NotStatic
            return value
        if tok.kind is Kind.PUNCT and tok.text in "+-":
            value = power()
            return -value if tok.text == "-" else value
        raise _NotStatic

    def power() -> float:
        base = atom()
        nxt = peek()
        if nxt is not None and nxt.kind is Kind.PUNCT and nxt.text == "^":
            take()
            exponent = power()
            if abs(base) > 1 and exponent > 64:
                return float("inf")
            return float(base) ** exponent
        return base

    def multiplicative() -> float:
        value = power()
        while (nxt := peek()) is not None and nxt.kind is Kind.PUNCT and nxt.text in "*/%":
            take()
            right = power()
            if nxt.text == "*":
                value *= right
            elif right == 0:
                raise _NotStatic
            else:
                value = value / right if nxt.text == "/" else value % right
        return value

    def additive() -> float:
        value = multiplicative()
        while (nxt := peek()) is not None and nxt.kind is Kind.PUNCT and nxt.text in "+-":
            take()
            right = multiplicative()
            value = value + right if nxt.text == "+" else value - right
        return value

    if not tokens:
        raise _NotStatic
    try:
        result = additive()
    except (OverflowError, ValueError):
        return float("inf")
    if pos != len(tokens):
        raise _NotStatic
    return result


def _is_data_bound(tokens: list[Token]) -> bool:
    """``size(...)`` or ``length(...)``, optionally plus or minus a number, either side."""
    toks = list(tokens)
    # strip one leading "N +" / trailing "+ N" / "- N"
    if len(toks) >= 2 and toks[0].kind is Kind.NUMBER and toks[1].text in "+-" \
            and toks[1].kind is Kind.PUNCT:
        toks = toks[2:]
    if len(toks) >= 2 and toks[-1].kind is Kind.NUMBER and toks[-2].text in "+-" \
            and toks[-2].kind is Kind.PUNCT:
        toks = toks[:-2]
    if len(toks) < 3 or toks[0].kind is not Kind.WORD:
        return False
    if toks[0].text.lower() not in ("size", "length") or toks[1].text != "(":
        return False
    depth = 0
    for k, tk in enumerate(toks[1:], start=1):
        if tk.kind is Kind.PUNCT and tk.text in _OPEN:
            depth += 1
        elif tk.kind is Kind.PUNCT and tk.text in _CLOSE:
            depth -= 1
            if depth == 0:
                return k == len(toks) - 1
    return False


def refusals(query: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every clause, procedure or function of ``query`` the policy refuses (empty: allowed).

    Each item is ``{"refused", "line", "column", "reason"}``.

    Raises
    ------
    InvalidInput
        When the query cannot be tokenized (unterminated string or comment, unknown
        character, unbalanced brackets).
    """
    tokens = tokenize(query)
    found = _Checker(query, tokens, params).check()
    return [r.as_dict(query) for r in found]


def check_query(query: str, params: Mapping[str, Any] | None = None) -> None:
    """Allow ``query`` only if every clause, procedure and function in it is allowed
    and its ``range()`` and ``reduce()`` calls stay within :data:`RANGE_BUDGET`.

    ``params`` are the query's parameters: numeric ones count as known range bounds.

    Raises
    ------
    InvalidInput
        For an empty query or one that cannot be tokenized (422).
    QueryRejected
        Naming every refused clause, procedure or function with its line and column (403).
    """
    if not query.strip() or not tokenize(query):
        raise InvalidInput("the query is empty", [{"location": "query", "message": "empty"}])
    found = refusals(query, params)
    if found:
        names = "; ".join(f"{r['refused']} (line {r['line']}, column {r['column']})"
                          for r in found)
        raise QueryRejected(
            f"query refused: {names}. Analysts' Cypher may only read: MATCH, OPTIONAL MATCH, "
            "WHERE, WITH, RETURN, UNWIND, ORDER BY, SKIP, LIMIT, UNION, CALL { subquery } "
            "and CALL of read-only procedures.",
            {"guard": "allow_list", "refused": found},
        )
