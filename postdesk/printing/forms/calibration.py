"""The printer test page: shows how far the printer shifts the print, to set the offsets.

Reference lines are drawn exactly 10 mm inside each edge of the paper (with the current
offsets applied). The operator measures them with a ruler and enters the difference.
"""

from __future__ import annotations

from postdesk.printing.barcodes import Symbology
from postdesk.printing.sheet import NO_OFFSET, Offset, Sheet

INSET = 10.0


def render_calibration(
    width_mm: float, height_mm: float, *, offset: Offset = NO_OFFSET, sample_code: str = "43000526000015"
) -> bytes:
    sheet = Sheet(width_mm, height_mm, offset=offset, title="Пробная страница для настройки смещений")
    w, h = width_mm, height_mm
    sheet.rect(INSET, INSET, w - 2 * INSET, h - 2 * INSET, width=0.3)
    for x, y in ((INSET, INSET), (w - INSET, INSET), (INSET, h - INSET), (w - INSET, h - INSET)):
        sheet.line(x - 4, y, x + 4, y, 0.3)
        sheet.line(x, y - 4, x, y + 4, 0.3)
    for mark in range(0, int(w / 2) - 15, 5):
        length = 3 if mark % 10 == 0 else 1.5
        sheet.line(w / 2 + mark, INSET, w / 2 + mark, INSET + length, 0.2)
        sheet.line(w / 2 - mark, INSET, w / 2 - mark, INSET + length, 0.2)
    for mark in range(0, int(h / 2) - 15, 5):
        length = 3 if mark % 10 == 0 else 1.5
        sheet.line(INSET, h / 2 + mark, INSET + length, h / 2 + mark, 0.2)
        sheet.line(INSET, h / 2 - mark, INSET + length, h / 2 - mark, 0.2)
    small = w < 160
    size = 7.5 if small else 10
    sheet.text(w / 2, INSET + 10, "Пробная страница", 11 if small else 14, bold=True, align="centre")
    sheet.text(
        w / 2,
        INSET + 16,
        f"Бумага {w:g} × {h:g} мм; текущее смещение: вправо {offset.x_mm:+.1f} мм, "
        f"вниз {offset.y_mm:+.1f} мм",
        size - 1.5,
        align="centre",
    )
    lines = (
        "Рамка должна проходить ровно в 10 мм от каждого края листа.",
        "Измерьте линейкой расстояние от левого и верхнего края до рамки.",
        "Если слева больше 10 мм, уменьшите смещение вправо на разницу;",
        "если сверху больше 10 мм, уменьшите смещение вниз на разницу.",
    )
    for index, line in enumerate(lines):
        sheet.text(w / 2, INSET + 23 + index * (size * 0.45), line, size - 2, align="centre")
    bar_width = min(80.0, w - 2 * INSET - 10)
    sheet.barcode(
        sample_code,
        (w - bar_width) / 2,
        h / 2 + 4,
        bar_width,
        16 if small else 22,
        symbology=Symbology.CODE128,
        text_size=8 if small else 9,
    )
    return sheet.finish()
