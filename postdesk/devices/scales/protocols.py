"""The protocol registry: names used in settings and on the command line, and the probe order."""

from __future__ import annotations

from postdesk.devices.scales.cas import Cas6Codec, CasStreamCodec
from postdesk.devices.scales.codec import ScaleCodec
from postdesk.devices.scales.massak import MassaK1CCodec, MassaK100Codec
from postdesk.devices.scales.mtsics import MtSicsCodec
from postdesk.devices.scales.pos2 import Pos2Codec
from postdesk.devices.scales.toledo8217 import Toledo8217Codec

AUTO = "auto"

# Safe probe order: listen first (streams), then CRC-checked binary protocols, then plain text.
CODECS: dict[str, type[ScaleCodec]] = {
    codec.name: codec
    for codec in (
        CasStreamCodec,
        MassaK100Codec,
        MassaK1CCodec,
        Pos2Codec,
        Cas6Codec,
        MtSicsCodec,
        Toledo8217Codec,
    )
}
PROTOCOL_NAMES: tuple[str, ...] = tuple(CODECS)


def codec_for(name: str) -> ScaleCodec:
    try:
        return CODECS[name]()
    except KeyError:
        raise ValueError(f"unknown scale protocol {name!r}; known: {', '.join(PROTOCOL_NAMES)}") from None
