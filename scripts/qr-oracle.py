#!/usr/bin/env python3
"""Writes the QRCode tests' expected matrices, made by segno, into Tests/QRCodeTests.

Run from the repository root:  pip install segno==1.6.6 && python3 scripts/qr-oracle.py

segno 1.6.6 appends a whole zero codeword after the terminator when the data already ends on a codeword
boundary, which byte mode always does (segno issues #123 and #148); ISO/IEC 18004 7.4.10 adds zero bits
only up to the boundary. The one-line fix proposed in #148 is applied here, so the oracle is standard.
"""
import json
import pathlib

import segno
from segno import consts, encoder

TESTS = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "QRCodeTests"
LEVELS = {"low": "l", "medium": "m", "quartile": "q", "high": "h"}
SEGNO_LEVELS = {"low": consts.ERROR_LEVEL_L, "medium": consts.ERROR_LEVEL_M,
                "quartile": consts.ERROR_LEVEL_Q, "high": consts.ERROR_LEVEL_H}
# Printable ASCII cycled to any length; QRCodeTests.sweepText builds the same strings.
ALPHABET = "The quick brown fox jumps over the lazy dog 0123456789 "
FIXTURES = [  # (text, level)
    ("Hello, world!", "low"),
    ("A", "high"),
    ("https://talent.zibo.gov.cn/verify/3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f", "medium"),
    ("https://talent.zibo.gov.cn/verify/3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f", "low"),
    ("淄博市人才服务中心 证书编号 ZB-2024-000123", "quartile"),
    ("Certificate ZB-2024-000123 is verified at the address printed beside this code.", "high"),
    ("证书验证：https://talent.zibo.gov.cn/verify/3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f", "high"),
]


def standard_padding(buff, version, length):
    if version not in (consts.VERSION_M1, consts.VERSION_M3):
        buff.extend([0] * (-length % 8))


encoder.write_padding_bits = standard_padding


def make(text, level):
    return segno.make_qr(text, error=LEVELS[level], boost_error=False, mode="byte", encoding="utf-8")


def rows(qr):
    return ["".join(str(bit) for bit in row) for row in qr.matrix]


def fnv1a(lines):
    value = 0xCBF29CE484222325
    for byte in "".join(lines).encode():
        value = ((value ^ byte) * 0x100000001B3) % 2**64
    return value


def header(purpose):
    return (f"// {purpose}, made by segno {segno.__version__} with its padding fix (scripts/qr-oracle.py).\n"
            "// Generated; rerun `pip install segno==1.6.6 && python3 scripts/qr-oracle.py` from the repository root.\n")


def write_fixtures():
    out = [header("Whole matrices"), "import QRCode\n",
           "let oracleFixtures: [OracleFixture] = ["]
    for text, level in FIXTURES:
        qr = make(text, level)
        out.append(f"    // segno.make_qr({json.dumps(text, ensure_ascii=False)}, error='{LEVELS[level]}', "
                   "boost_error=False, mode='byte', encoding='utf-8')")
        out.append(f"    // version {qr.version}, mask {qr.mask}")
        out.append("    OracleFixture(")
        out.append(f"        text: {json.dumps(text, ensure_ascii=False)},")
        out.append(f"        correction: .{level}, version: {qr.version},")
        out.append("        rows: [")
        out.extend(f'            "{row}",' for row in rows(qr))
        out.append("        ]")
        out.append("    ),")
    out.append("]")
    (TESTS / "OracleFixtures.swift").write_text("\n".join(out) + "\n")


def write_sweep():
    out = [header("Hashes of every version's fullest symbol"),
           "import QRCode\n",
           "/// By level, versions 1...40: FNV-1a 64 of the rows as '0'/'1' text, for the longest `sweepText` the",
           "/// version holds.",
           "let oracleSweep: [QRErrorCorrection: [UInt64]] = ["]
    for level in LEVELS:
        out.append(f"    .{level}: [")
        for version in range(1, 41):
            capacity = consts.SYMBOL_CAPACITY[version][SEGNO_LEVELS[level]]
            length = (capacity - 4 - (8 if version < 10 else 16)) // 8
            text = (ALPHABET * (length // len(ALPHABET) + 1))[:length]
            qr = make(text, level)
            assert qr.version == version, (level, version, qr.version)
            out.append(f"        0x{fnv1a(rows(qr)):019_X},  // {version}")
        out.append("    ],")
    out.append("]")
    (TESTS / "OracleSweep.swift").write_text("\n".join(out) + "\n")


write_fixtures()
write_sweep()
