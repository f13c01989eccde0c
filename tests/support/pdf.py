"""Reading generated PDFs back: text per page (pypdf) and barcodes per page (pdfium + zxing-cpp)."""

from __future__ import annotations

import io

import pypdf
import pypdfium2 as pdfium
import zxingcpp


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def squeeze(text: str) -> str:
    """Text without any whitespace, to find values split across cells or lines."""
    return "".join(text.split())


def page_barcodes(pdf: bytes, dpi: int = 300) -> list[list[tuple[str, str]]]:
    """(format, text) of every barcode found on each page rendered at ``dpi``."""
    document = pdfium.PdfDocument(pdf)
    try:
        result = []
        for index in range(len(document)):
            image = document[index].render(scale=dpi / 72, grayscale=True).to_pil()
            result.append([(str(found.format), found.text) for found in zxingcpp.read_barcodes(image)])
        return result
    finally:
        document.close()
