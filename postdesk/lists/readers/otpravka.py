"""Orders in the JSON shape of the Russian Post online service (``PUT /1.0/user/backlog``).

Mass in grams, money in kopecks, dimensions in centimetres. Nested ``dimension`` becomes the
fields ``dimension.length`` and so on, so the mapping treats orders like any other table.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from postdesk.lists import safety
from postdesk.lists.safety import Limits
from postdesk.lists.table import RawTable, Row


def read_orders(path: Path, limits: Limits) -> RawTable:
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise safety.damaged(path) from exc
    except RecursionError as exc:  # [[[[... 200,000 deep: no list of orders looks like that
        raise safety.not_a_list(path) from exc
    if isinstance(data, dict):
        data = data.get("orders", data.get("shipments", [data]))
    if not isinstance(data, list) or not all(isinstance(order, dict) for order in data):
        raise safety.not_a_list(path)
    if len(data) > limits.max_rows:
        raise safety.too_long(path, limits)
    flat = [_flatten(order) for order in data]
    names: dict[str, None] = {}
    for order in flat:
        names.update(dict.fromkeys(order))
    if len(names) > limits.max_columns:
        raise safety.too_wide(path, len(names), limits)
    fields = list(names)
    return RawTable("json", _rows(flat, fields), encoding="utf-8", field_names=fields, money_in_kopecks=True)


def _flatten(order: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in order.items():
        if isinstance(value, dict):
            for inner, item in value.items():
                if not isinstance(item, dict | list):
                    result[f"{key}.{inner}"] = item
        elif not isinstance(value, list):
            result[key] = value
    return result


def _rows(orders: list[dict[str, Any]], fields: list[str]) -> Iterator[tuple[int, Row]]:
    for number, order in enumerate(orders, start=1):
        yield number, [order.get(name) for name in fields]
