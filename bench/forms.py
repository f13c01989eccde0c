"""Forms benchmark: ф.103 for 10,000 items and 1,000 ф.7-п labels with barcodes.

Baseline, measured in the same run: reportlab writing the same cell texts with no layout at
all (``canvas.drawString`` at fixed positions, the same page count, the same fonts and page
compression). Target: ф.103 within 1.5x the baseline.

A mixed list (the same items as letters, bandrols and parcels in turn) is handed over as three
ф.103, one per kind: split and rendered through ``printing.render``, against the same items as one
list. Target: within 1.2x (the split costs a pass over the items and three sets of headers).

    /work/main/.venv/bin/python bench/forms.py [--items 10000] [--labels 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from postdesk.common.money import format_kop
from postdesk.common.weights import format_mass
from postdesk.printing.barcodes import Symbology
from postdesk.printing.data import Document
from postdesk.printing.fonts import FONTS, register_fonts
from postdesk.printing.forms import f103
from postdesk.printing.forms.labels import render_labels
from postdesk.printing.options import FormKind
from postdesk.printing.render import render
from postdesk.printing.samples import sample_document


def f103_cells(document: Document) -> list[list[str]]:
    """Per page of one copy, every text the list prints in its cells."""
    pages = []
    for page in f103.layout(document):
        texts = []
        for row in page.rows:
            item = row.item
            texts += [
                str(item.seq),
                item.barcode or "",
                *row.name,
                *row.address,
                format_mass(item.priced_mass_g),
                format_kop(item.declared_value_kop),
                format_kop(item.cod_kop),
                format_kop(item.net_kop),
                format_kop(item.vat_kop),
                *row.marks,
            ]
        pages.append(texts)
    return pages


def baseline(pages: list[list[str]], copies: int, size: tuple[float, float]) -> bytes:
    """The same texts on the same number of pages, each at a fixed position: no layout at all."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(size[0] * mm, size[1] * mm), pageCompression=True, invariant=True)
    for _copy in range(copies):
        for texts in pages:
            canvas.setFont(FONTS.narrow, f103.SIZE)
            for index, text in enumerate(texts):
                canvas.drawString(20 + (index % 10) * 75, 560 - (index // 10) * 9, text)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def timed(fn: Callable[[], bytes], repeat: int) -> tuple[float, bytes]:
    best, result = float("inf"), b""
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--labels", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    register_fonts()
    document = sample_document(args.items, seed=2026)
    labels = sample_document(args.labels, seed=7, s10_every=10)

    pages = f103_cells(document)
    ours, pdf = timed(lambda: f103.render_f103(document, copies=2), args.repeat)
    base, base_pdf = timed(lambda: baseline(pages, 2, (f103.PAGE_W, f103.PAGE_H)), args.repeat)
    ratio = ours / base
    print(f"f103: {args.items} items, {2 * len(pages)} pages (2 copies), {len(pdf) / 1e6:.1f} MB")
    print(f"  layout renderer   {ours:7.3f} s")
    print(f"  baseline (no layout, drawString)  {base:7.3f} s  ({len(base_pdf) / 1e6:.1f} MB)")
    print(f"  ratio             {ratio:7.2f}x   (target <= 1.5x) {'OK' if ratio <= 1.5 else 'OVER TARGET'}")

    kinds = ("LETTER", "BANDEROL", "POSTAL_PARCEL")
    mixed = replace(
        document,
        items=tuple(replace(item, mail_type=kinds[n % 3]) for n, item in enumerate(document.items)),
    )
    split, split_pdf = timed(lambda: render(FormKind.F103, mixed), args.repeat)
    whole, _whole_pdf = timed(lambda: render(FormKind.F103, document), args.repeat)
    split_ratio = split / whole
    print(f"f103 of a mixed list: {args.items} items as 3 lists ({len(split_pdf) / 1e6:.1f} MB)")
    print(f"  three lists       {split:7.3f} s")
    print(f"  one list          {whole:7.3f} s")
    print(
        f"  ratio             {split_ratio:7.2f}x   (target <= 1.2x) "
        f"{'OK' if split_ratio <= 1.2 else 'OVER TARGET'}"
    )

    for symbology in Symbology:
        took, label_pdf = timed(lambda s=symbology: render_labels(labels, symbology=s), args.repeat)
        print(
            f"labels f7-p, {symbology.value}: {args.labels} labels in {took:.3f} s "
            f"({took / args.labels * 1000:.2f} ms per label, {len(label_pdf) / 1e6:.1f} MB)"
        )
    return 0 if ratio <= 1.5 and split_ratio <= 1.2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
