"""Finding a TrueType font with Cyrillic for PDFs: the shipped one first, then the system's DejaVu Sans."""

from __future__ import annotations

import sys
from pathlib import Path

from postdesk.common.paths import resource_path

_SYSTEM_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/DejaVuSans.ttf",
    "C:/Windows/Fonts/DejaVuSans.ttf",
    "C:/Windows/Fonts/arial.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
)


def cyrillic_font() -> Path | None:
    """``resources/fonts/*.ttf`` when the program ships one, else a known system font, else None."""
    shipped = sorted(resource_path("fonts").glob("*.ttf")) if resource_path("fonts").is_dir() else []
    regular = [p for p in shipped if "bold" not in p.stem.lower() and "italic" not in p.stem.lower()]
    if regular or shipped:
        return (regular or shipped)[0]
    for candidate in _SYSTEM_CANDIDATES:
        path = Path(candidate)
        if path.is_file():
            return path
    if sys.platform.startswith("linux"):
        for folder in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts")):
            if folder.is_dir():
                found = next(folder.rglob("DejaVuSans.ttf"), None)
                if found:
                    return found
    return None
