"""What the XML formats (GraphML, GEXF) share: text XML 1.0 can hold."""

from __future__ import annotations

import re

#: Characters XML 1.0 cannot hold (C0 controls but tab, newline, carriage return; lone
#: surrogates; U+FFFE, U+FFFF): dropped from text and attribute values.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> str:
    """``value`` as text XML 1.0 can hold (booleans as ``true`` / ``false``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("", str(value))


def xml_token(value: object) -> str:
    """``value`` as an ``xsd:token`` (what GEXF labels are): runs of whitespace become one
    space, none at either end."""
    return " ".join(xml_text(value).split())
