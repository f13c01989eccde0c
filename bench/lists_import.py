"""Benchmark: a 100,000-row, 12-column xlsx list checked (read, mapped, validated: what
``postdesk lists check`` does) and imported (the same plus the draft batch stored in SQLite),
against python-calamine alone reading the same file, in the same run.

    .venv/bin/python bench/lists_import.py [--rows 100000]

Each measurement runs in a fresh subprocess so that its peak memory (ru_maxrss) is its own.
Targets: the check within 2x the bare read, the whole import within 3x; peak memory <= 300 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADER = [
    "№ п/п",
    "ШПИ",
    "ФИО получателя",
    "Индекс",
    "Адрес",
    "Телефон",
    "Вид отправления",
    "Категория",
    "Вес, г",
    "Объявленная ценность, руб.",
    "Наложенный платёж, руб.",
    "Уведомление",
]


def generate(path: Path, rows: int) -> None:
    import xlsxwriter

    from postdesk.postal.identifiers import make_rpo

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Список")
    sheet.write_row(0, 0, HEADER)
    for n in range(1, rows + 1):
        month, serial = divmod(n - 1, 99_999)
        parcel = n % 10 == 0
        sheet.write_row(
            n,
            0,
            [
                n,
                make_rpo("430005", month + 1, serial + 1),
                f"Иванов Иван Иванович {n}",
                f"{101000 + n % 500:06d}",
                f"г. Москва, ул. Ленина, д. {n % 300}, кв. {n % 97}",
                f"+7916{n:07d}",
                "Посылка" if parcel else "Письмо",
                "с объявленной ценностью" if parcel else "заказное",
                1500 if parcel else 20 + n % 80,
                1000 if parcel else 0,
                0,
                "простое" if n % 3 else "нет",
            ],
        )
    book.close()


def measure_calamine(path: Path) -> dict[str, float]:
    import python_calamine as pc

    start, cpu = time.perf_counter(), time.process_time()
    sheet = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    count = sum(1 for _row in sheet.iter_rows())
    return {"seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - cpu, "rows": count}


def measure_check(path: Path) -> dict[str, float]:
    from postdesk.lists.check import check_list, open_list

    start, cpu = time.perf_counter(), time.process_time()
    result = check_list(open_list(path))
    return {
        "seconds": time.perf_counter() - start,
        "cpu_seconds": time.process_time() - cpu,
        "rows": result.rows,
        "invalid": result.invalid,
    }


def measure_import(path: Path, home: Path) -> dict[str, float]:
    from postdesk.bootstrap import build_core
    from postdesk.common.paths import AppPaths
    from postdesk.common.settings import SettingsStore
    from postdesk.postal.requisites import inn_check_digits
    from postdesk.services.clients.data import ClientDraft
    from postdesk.services.context import Actor

    paths = AppPaths(data_dir=home / "data", config_dir=home / "config", log_dir=home / "logs").ensure()
    core = build_core(paths=paths, settings=SettingsStore(None, environ={}))
    actor = Actor.system("bench")
    client_id = core.clients.save_client(
        actor, ClientDraft("ООО «Тест»", "ООО «Тест»", inn_check_digits("132600009"), "132601001")
    )
    start, cpu = time.perf_counter(), time.process_time()
    opened, _remembered = core.lists.open(actor, client_id, path)
    read = time.perf_counter()
    result = core.lists.check(actor, client_id, opened)
    checked = time.perf_counter()
    draft = core.lists.import_draft(actor, client_id, result)
    stored = time.perf_counter()
    cpu = time.process_time() - cpu
    core.close()
    return {
        "seconds": stored - start,
        "cpu_seconds": cpu,
        "open_seconds": read - start,
        "check_seconds": checked - start,
        "store_seconds": stored - checked,
        "rows": result.rows,
        "invalid": result.invalid,
        "items": draft.items_count,
    }


def child(kind: str, path: Path, home: Path) -> None:
    if kind == "calamine":
        figures = measure_calamine(path)
    elif kind == "check":
        figures = measure_check(path)
    else:
        figures = measure_import(path, home)
    figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))


def run(kind: str, path: Path, home: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path), str(home)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--child", nargs=3, metavar=("KIND", "FILE", "HOME"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "list.xlsx"
        generate(path, args.rows)
        print(f"list: {args.rows} rows x {len(HEADER)} columns, {path.stat().st_size / 2**20:.1f} MB xlsx")
        baseline = run("calamine", path, Path(tmp) / "home-baseline")
        check = run("check", path, Path(tmp) / "home-check")
        full = run("import", path, Path(tmp) / "home-import")
    check_ratio = check["seconds"] / baseline["seconds"]
    ratio = full["seconds"] / baseline["seconds"]
    print(f"python-calamine alone:     {baseline['seconds']:.2f} s, peak {baseline['peak_mb']:.0f} MB")
    print(
        f"check (read+map+validate): {check['seconds']:.2f} s, peak {check['peak_mb']:.0f} MB, "
        f"{check['invalid']} invalid rows"
    )
    print(
        f"read+map+validate+store:   {full['seconds']:.2f} s (open+load sheet {full['open_seconds']:.2f} s, "
        f"rows read+mapped+validated {full['check_seconds'] - full['open_seconds']:.2f} s, "
        f"store {full['store_seconds']:.2f} s), peak {full['peak_mb']:.0f} MB, "
        f"{full['items']} items stored, {full['invalid']} invalid rows"
    )
    print(
        f"CPU time of the same spans (steadier on a shared machine): "
        f"calamine {baseline['cpu_seconds']:.2f} s, check "
        f"{check['cpu_seconds']:.2f} s ({check['cpu_seconds'] / baseline['cpu_seconds']:.2f}x), import "
        f"{full['cpu_seconds']:.2f} s ({full['cpu_seconds'] / baseline['cpu_seconds']:.2f}x)"
    )
    print(f"check ratio: {check_ratio:.2f}x (target <= 2.0x)")
    print(
        f"import ratio: {ratio:.2f}x (target <= 3.0x); peak memory (RSS high-water mark of the import "
        f"subprocess) {full['peak_mb']:.0f} MB (target <= 300 MB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
