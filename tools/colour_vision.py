"""How a colour or a picture looks in greyscale and to people with a colour-vision deficiency,
and how far apart two colours are (CIEDE2000). Pure functions, for tests and for looking.

Simulation: Machado, Oliveira and Fernandes (2009), "A physiologically-based model for
simulation of color vision deficiency", IEEE TVCG 15(6), the matrices for severity 1.0
(protanopia, deuteranopia, tritanopia), applied to linear RGB, as Chromium's DevTools does.
Greyscale is the relative luminance (WCAG / Rec. 709 weights) of linear RGB.

Run as a script to write simulated copies of PNG files:
    .venv/bin/python tools/colour_vision.py picture.png ...   # picture.<kind>.png beside each
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from pathlib import Path

Matrix = tuple[tuple[float, float, float], ...]

MACHADO: dict[str, Matrix] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
LUMINANCE = (0.2126, 0.7152, 0.0722)
GREYSCALE: Matrix = (LUMINANCE, LUMINANCE, LUMINANCE)
SIMULATIONS: dict[str, Matrix] = {"greyscale": GREYSCALE, **MACHADO}

RGB = tuple[float, float, float]


def to_linear(c: float) -> float:
    """One sRGB channel on 0..1 to linear light."""
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def to_srgb(c: float) -> float:
    """One linear channel to sRGB on 0..1, clipped to the displayable range."""
    c = min(1.0, max(0.0, c))
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def hex_rgb(colour: str) -> RGB:
    """'#rrggbb' as sRGB channels on 0..1."""
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def rgb_hex(rgb: Sequence[float]) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02x}" for c in rgb)


def simulate(colour: RGB, kind: str) -> RGB:
    """How an sRGB colour (0..1 channels) looks under `kind` (a key of SIMULATIONS)."""
    matrix = SIMULATIONS[kind]
    linear = [to_linear(c) for c in colour]
    return tuple(to_srgb(sum(m * c for m, c in zip(row, linear, strict=True))) for row in matrix)  # type: ignore[return-value]


def simulate_hex(colour: str, kind: str) -> str:
    return rgb_hex(simulate(hex_rgb(colour), kind))


def lab(colour: RGB) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB colour on 0..1."""
    r, g, b = (to_linear(c) for c in colour)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def ciede2000(lab1: Sequence[float], lab2: Sequence[float]) -> float:
    """The CIEDE2000 colour difference (kL = kC = kH = 1), after Sharma, Wu and Dalal (2005)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    else:
        dh = h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    lp, cp = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hp = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hp = (h1p + h2p) / 2
    else:
        hp = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(hp - 30))
        + 0.24 * math.cos(math.radians(2 * hp))
        + 0.32 * math.cos(math.radians(3 * hp + 6))
        - 0.20 * math.cos(math.radians(4 * hp - 63))
    )
    d_theta = 30 * math.exp(-(((hp - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cp**7 / (cp**7 + 25**7))
    sl = 1 + 0.015 * (lp - 50) ** 2 / math.sqrt(20 + (lp - 50) ** 2)
    sc = 1 + 0.045 * cp
    sh = 1 + 0.015 * cp * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt(
        (dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh)
    )


def difference(a: str, b: str, kind: str | None = None) -> float:
    """CIEDE2000 between two '#rrggbb' colours, as seen under `kind` (None: normal vision)."""
    if kind is not None:
        a, b = simulate_hex(a, kind), simulate_hex(b, kind)
    return ciede2000(lab(hex_rgb(a)), lab(hex_rgb(b)))


def simulate_image(pixels, kind: str):
    """An H x W x 3 (or 4) uint8 array as seen under `kind`; alpha is kept."""
    import numpy as np

    table = np.array([to_linear(v / 255) for v in range(256)])
    linear = table[pixels[..., :3]]
    seen = linear @ np.array(SIMULATIONS[kind]).T
    seen = np.clip(seen, 0.0, 1.0)
    srgb = np.where(seen <= 0.0031308, 12.92 * seen, 1.055 * seen ** (1 / 2.4) - 0.055)
    out = pixels.copy()
    out[..., :3] = np.round(srgb * 255).astype(np.uint8)
    return out


def lab_image(pixels):
    """CIELAB (D65) of every pixel of an H x W x 3 uint8 array, as an H x W x 3 float array."""
    import numpy as np

    table = np.array([to_linear(v / 255) for v in range(256)])
    rgb = table[pixels[..., :3]]
    xyz = (
        rgb
        @ np.array(
            [
                [0.4124564, 0.3575761, 0.1804375],
                [0.2126729, 0.7151522, 0.0721750],
                [0.0193339, 0.1191920, 0.9503041],
            ]
        ).T
    )
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    edge = (6 / 29) ** 3
    f = np.where(xyz > edge, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.stack(
        [116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])],
        axis=-1,
    )


def main(paths: Sequence[str]) -> None:
    import numpy as np
    from PIL import Image

    for name in paths:
        path = Path(name)
        pixels = np.asarray(Image.open(path).convert("RGB"))
        for kind in SIMULATIONS:
            out = path.with_name(f"{path.stem}.{kind}.png")
            Image.fromarray(simulate_image(pixels, kind)).save(out)
            print(out)


if __name__ == "__main__":
    main(sys.argv[1:])
