#!/usr/bin/env python3
"""Regenerates the import corpus in this directory (run: python3 make_corpus.py).

Every person here is made up: names are invented, resident ID numbers are synthetic
(area code 370303, birth dates 1985-2000, GB 11643 check character), mobile numbers
are placeholders and e-mail addresses use example.com. ImportCorpusTests.swift reads
the files; README.md says what is wrong with each one. Output is deterministic, so
running this again leaves `git status` clean.
"""
import os
import random
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def check_char(first17: str) -> str:
    assert len(first17) == 17 and first17.isdigit(), first17
    return CHECK[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def resident_id(birth: str, sequence: int, area: str = "370303") -> str:
    """A synthetic, valid number: area, YYYYMMDD, three-digit sequence, check character."""
    first17 = f"{area}{birth}{sequence:03d}"
    return first17 + check_char(first17)


def wrong_check(number: str) -> str:
    """The same number with a check character that does not match."""
    right = number[17]
    wrong = "0" if right != "0" else "1"
    return number[:17] + wrong


def write(name: str, data: bytes) -> None:
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def csv_line(cells) -> str:
    """One CSV record; a cell with a comma, quote or line break is quoted (RFC 4180)."""
    out = []
    for cell in cells:
        if any(c in cell for c in ',"\r\n'):
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return ",".join(out)


def csv_text(rows, newline="\r\n") -> str:
    return "".join(csv_line(row) + newline for row in rows)


def xlsx(rows, merged=()) -> bytes:
    """A minimal workbook as offices' sheets come: one sheet, text cells inline, number
    cells (a number given as a str starting with '#') as numbers, `merged` ranges such as
    "A1:H1". Fixed timestamps keep the bytes the same on every run."""
    def ref(col, row):
        letters = ""
        col += 1
        while col:
            col, rem = divmod(col - 1, 26)
            letters = chr(65 + rem) + letters
        return f"{letters}{row}"

    lines = []
    for r, cells in enumerate(rows, start=1):
        out = []
        for c, cell in enumerate(cells):
            if cell == "":
                continue
            if cell.startswith("#"):
                out.append(f'<c r="{ref(c, r)}"><v>{cell[1:]}</v></c>')
            else:
                out.append(f'<c r="{ref(c, r)}" t="inlineStr"><is><t>{escape(cell)}</t></is></c>')
        lines.append(f'<row r="{r}">{"".join(out)}</row>')
    merge = "".join(f'<mergeCell ref="{m}"/>' for m in merged)
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(lines)}</sheetData>'
             + (f'<mergeCells count="{len(merged)}">{merge}</mergeCells>' if merged else "")
             + '</worksheet>')
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="登记表" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    import io
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def main() -> None:
    full_header = ["姓名", "身份证号", "手机号", "邮箱", "区县", "学历", "毕业院校", "专业",
                   "毕业年份", "职业编码", "技能", "重点群体"]

    # Good: UTF-8 with a byte-order mark, as Excel's "CSV UTF-8" writes it.
    good_utf8 = [
        full_header,
        ["张小测", resident_id("19900517", 11), "13800000001", "zhang.test@example.com", "370303", "本科",
         "示例理工学院", "软件工程", "2012", "4-04-05-05", "数据分析、Python", "college_graduates"],
        ["李示例", resident_id("19951203", 22), "13900000002", "", "370302", "硕士",
         "示例大学", "计算机科学", "2020", "2-02-38-03", "机器学习", ""],
        ["王样本", resident_id("19880229", 33), "", "wang.test@example.com", "张店区", "大专",
         "", "", "", "", "", ""],
    ]
    write("good-utf8-bom.csv", b"\xef\xbb\xbf" + csv_text(good_utf8).encode("utf-8"))

    # Good: GBK (Excel's plain "CSV" on Chinese Windows), district by its Chinese name.
    good_gbk = [
        ["姓名", "身份证号", "区县", "学历", "专业"],
        ["刘测试", resident_id("19870611", 44), "张店区", "本科", "机械设计"],
        ["陈示范", resident_id("19930925", 55), "张店区", "硕士", "化学工程"],
        ["杨模拟", resident_id("20000101", 66), "张店区", "大专", "电子商务"],
    ]
    gbk = csv_text(good_gbk).encode("gbk")
    try:
        gbk.decode("utf-8")
        raise SystemExit("good-gbk.csv must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    write("good-gbk.csv", gbk)

    minimal = [["姓名", "身份证号", "区县"], ["赵测试", resident_id("19920308", 77), "370303"]]

    # UTF-16LE with BOM (Excel's "Unicode text").
    write("utf16.csv", b"\xff\xfe" + csv_text(minimal).encode("utf-16-le"))

    # A PNG signature followed by random bytes: a picture uploaded as CSV.
    rng = random.Random(20261127)
    write("binary.csv", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(392)))

    write("empty.csv", b"")

    write("header-only.csv", csv_text([["姓名", "身份证号", "区县"]]).encode("utf-8"))

    # No 身份证号 column at all.
    write("missing-columns.csv", csv_text([
        ["姓名", "区县", "手机号"],
        ["钱测试", "370303", "13800000003"],
    ]).encode("utf-8"))

    # 身分证号码 is a misspelling (分 for 份) of an optional-looking column; required ones are there.
    write("unknown-column.csv", csv_text([
        ["姓名", "身份证号", "区县", "身分证号码"],
        ["孙测试", resident_id("19890714", 88), "370303", ""],
    ]).encode("utf-8"))

    # Row 2 wrong check character, row 3 only 17 characters, row 4 a letter at position 10.
    valid = resident_id("19910420", 101)
    with_letter = valid[:9] + "A" + valid[10:]
    write("bad-ids.csv", csv_text([
        ["姓名", "身份证号", "区县"],
        ["周测试", wrong_check(resident_id("19860802", 102)), "370303"],
        ["吴测试", resident_id("19970115", 103)[:17], "370303"],
        ["郑测试", with_letter, "370303"],
    ]).encode("utf-8"))

    # Row 2 born 1990-02-30 (no such day), row 3 born 2030-01-01 (after the test's today).
    write("impossible-dates.csv", csv_text([
        ["姓名", "身份证号", "区县"],
        ["冯测试", resident_id("19900230", 104), "370303"],
        ["陈未来", resident_id("20300101", 105), "370303"],
    ]).encode("utf-8"))

    # Row 2: a formula as the name; row 3: an @-formula as the major.
    write("formula-cells.csv", csv_text([
        ["姓名", "身份证号", "区县", "专业"],
        ['=HYPERLINK("http://x","点我")', resident_id("19940506", 106), "370303", "软件工程"],
        ["褚测试", resident_id("19850918", 107), "370303", "@SUM(1)"],
    ]).encode("utf-8"))

    # Row 4 repeats row 2's ID number; row 3 is fine.
    repeated = resident_id("19960630", 108)
    write("duplicate-rows.csv", csv_text([
        ["姓名", "身份证号", "区县"],
        ["卫测试", repeated, "370303"],
        ["蒋测试", resident_id("19981111", 109), "370303"],
        ["卫测试", repeated, "370303"],
    ]).encode("utf-8"))

    # Row 3 opens a quote in 身份证号 that is never closed (LF line ends, as editors write).
    text = csv_text([
        ["姓名", "身份证号", "区县"],
        ["沈测试", resident_id("19900101", 110), "370303"],
    ], newline="\n")
    text += "韩测试,\"" + resident_id("19900102", 111) + ",370303\n"
    text += "杨测试," + resident_id("19900103", 112) + ",370303\n"
    write("unterminated-quote.csv", text.encode("utf-8"))

    # A ZIP local header signature and then garbage: a damaged or fake .xlsx.
    garbage = bytes(rng.randrange(256) for _ in range(508))
    assert b"PK\x05\x06" not in garbage
    write("not-a-workbook.xlsx", b"PK\x03\x04" + garbage)

    # One row, five wrong cells: mobile, district, education, graduation year, occupation.
    write("wrong-codes.csv", csv_text([
        ["姓名", "身份证号", "手机号", "区县", "学历", "毕业年份", "职业编码"],
        ["许测试", resident_id("19920808", 113), "12345", "999999", "幼儿园", "1800", "9-99-99-99"],
    ]).encode("utf-8"))


    # An office's sheet: a title row, a date line and a blank row above the header; 序号,
    # 民族, 政治面貌 (not imported: listed as ignored), 性别 and 出生日期 (checked against the
    # number, here agreeing, in three date spellings), a bracketed note in a header, and
    # empty rows left at the end.
    office_header = ["序号", "姓名", "性别", "出生日期", "民族", "政治面貌", "身份证号码（18位）", "所在区县", "学历"]
    office_rows = [
        ["1", "柏测试", "男", "1990-03-15", "汉族", "群众", resident_id("19900315", 121), "370303", "本科"],
        ["2", "水测试", "女", "1992年7月1日", "回族", "中共党员", resident_id("19920701", 122), "370303", "硕士"],
        ["3", "窦测试", "男", "1988.11", "汉族", "群众", resident_id("19881120", 123), "370303", "大专"],
    ]
    write("office-sheet.csv", ("\ufeff" + csv_text(
        [["张店区数字人才信息登记表"], ["填报日期：2026年11月"], []] + [office_header] + office_rows
        + [[""] * len(office_header)] * 2
    )).encode("utf-8"))

    # The same as a workbook: the title a merged cell across the sheet; ID numbers stored
    # as number cells written in full (as some exporters do), birth dates as the serial
    # numbers date cells hold (32947 = 1990-03-15, 33786 = 1992-07-01), formatted empty
    # rows at the end.
    write("office-sheet.xlsx", xlsx(
        [["淄川区数字人才信息登记表"], [], office_header,
         ["#1", "柏测试", "男", "#32947", "汉族", "群众", "#" + resident_id("19900315", 121), "370302", "本科"],
         ["#2", "水测试", "女", "#33786", "回族", "中共党员", "#" + resident_id("19920701", 122), "370302", "硕士"],
         [], []],
        merged=["A1:I1"]))

    # Row 3: the ID number a spreadsheet stored as a number, its last digits lost
    # (3.70303199001011E+17); row 2 is fine.
    lost = resident_id("19900101", 124)
    write("id-as-number.xlsx", xlsx(
        [["姓名", "身份证号", "区县"],
         ["鲁测试", resident_id("19930303", 125), "370303"],
         ["韦测试", "#" + lost[0] + "." + lost[1:15] + "E+17", "370303"]]))

    # Row 2: 性别 says 女 for a man's number; row 3: 出生日期 is not the number's; row 4:
    # neither is a value at all.
    write("person-mismatch.csv", csv_text([
        ["姓名", "身份证号", "性别", "出生日期", "区县"],
        ["昌测试", resident_id("19910101", 127), "女", "1991-01-01", "370303"],
        ["马测试", resident_id("19910202", 128), "女", "1991-02-03", "370303"],
        ["苗测试", resident_id("19910303", 129), "未知", "去年", "370303"],
    ]).encode("utf-8"))


if __name__ == "__main__":
    main()
