"""CSV and plain-text lists: the encoding and the separator are detected, not asked for.

Clients' systems write UTF-8 (with or without BOM), Windows-1251, DOS CP866, KOI8-R or UTF-16.
A strict UTF-8 decode settles most files; for the one-byte Cyrillic code pages we score each
candidate by how much its decoding looks like Russian text (frequent lowercase letters,
no pseudographics), which is more reliable on short lists than generic detectors.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from postdesk.lists import safety
from postdesk.lists.safety import Limits
from postdesk.lists.table import RawTable, Row

SEPARATORS = (";", "\t", "|", ",")
_CYRILLIC_CODEPAGES = ("cp1251", "cp866", "koi8_r")
_FREQUENT = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё"
_NAMES = {"utf_8": "utf-8", "utf_8_sig": "utf-8-sig", "koi8_r": "koi8-r", "utf_16": "utf-16"}


def detect_encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:65536]
    if sample.count(b"\x00") > len(sample) // 4:
        even_zeros = sample[0::2].count(b"\x00")
        return "utf-16-be" if even_zeros > len(sample) // 4 else "utf-16-le"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(data) - 4:  # a cut multibyte character at the very end is still UTF-8
            return _best_codepage(sample)
    return "utf-8"


def _russian_score(text: str) -> float:
    weights = {char: len(_FREQUENT) - i for i, char in enumerate(_FREQUENT)}
    score = 0.0
    for char in text:
        if char in weights:
            score += weights[char]
        elif "А" <= char <= "Я":
            score += 3
        elif "\u2500" <= char <= "\u259f" or char in "ЂЃЉЊЌЋЏђѓ":
            score -= 30
    return score


def _best_codepage(sample: bytes) -> str:
    decoded = {name: sample.decode(name, errors="replace") for name in _CYRILLIC_CODEPAGES}
    if not any(any("а" <= c <= "я" for c in text) for text in decoded.values()):
        guess = from_bytes(sample).best()
        return guess.encoding if guess is not None else "cp1251"
    best = max(_CYRILLIC_CODEPAGES, key=lambda name: _russian_score(decoded[name]))
    return _NAMES.get(best, best)


def detect_separator(lines: list[str]) -> str:
    """The separator that splits the first lines into the same, largest number of fields."""
    best, best_key = ";", (0, 0)
    for separator in SEPARATORS:
        try:
            counts = [
                len(row) for row in csv.reader(lines, delimiter=separator) if any(c.strip() for c in row)
            ]
        except csv.Error:  # a cell beyond the field limit: the rows will say where
            continue
        if not counts:
            continue
        width, frequency = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        key = (frequency, width)
        if key > best_key:
            best, best_key = separator, key
    return best


def read_text(path: Path, limits: Limits) -> RawTable:
    data = path.read_bytes()
    encoding = detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    _refuse_binary(path, text)
    lines = text.splitlines()[:40]
    separator = detect_separator(lines)
    return RawTable(
        "csv" if path.suffix.lower() != ".txt" else "txt",
        _rows(path, text, separator, limits),
        encoding=_NAMES.get(encoding.replace("-", "_"), encoding),
    )


def _refuse_binary(path: Path, text: str) -> None:
    sample = text[:65536]
    controls = sum(1 for c in sample if (c < " " and c not in "\t\r\n") or c == "\ufffd")
    if "\x00" in sample or controls > max(3, len(sample) // 100):
        raise safety.not_a_list(path)


def _rows(path: Path, text: str, separator: str, limits: Limits) -> Iterator[tuple[int, Row]]:
    """Rows as parsed; a text list may be wide (10,000 columns), only mapped columns are kept later."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            if len(cells) > limits.max_text_columns:
                raise safety.too_wide(path, len(cells), limits, limits.max_text_columns)
            yield number, list(cells)
    except csv.Error as exc:
        raise safety.huge_cell(path, number + 1, csv.field_size_limit()) from exc
