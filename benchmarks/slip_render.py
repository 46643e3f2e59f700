"""Time to render one work-order slip PDF, warm (the font already registered), next to
a blank page in the same font, measured in the same run.

    .venv/bin/python benchmarks/slip_render.py [--runs 50]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from desk_app.printing import text_fit  # noqa: E402
from desk_app.printing.fonts import cjk_font  # noqa: E402
from desk_app.printing.layout import Letterhead  # noqa: E402
from desk_app.printing.work_order_slip import QuoteLine, SlipData, render_slips  # noqa: E402

CENTER = Letterhead(
    "阳光花园物业服务中心", "杭州市西湖区文三路 188 号阳光花园 1 号楼", "0571-8888 6666"
)
DESCRIPTION = "卫生间天花板渗水，楼下1401吊顶有水渍，请工程部上门查看。"
LONG = (
    "住户反映三栋二单元一五零一卫生间天花板持续渗水，楼下一四零一业主家中吊顶已出现大面积水渍"
    "并有滴水现象，要求物业尽快联系楼上住户并安排工程部上门查看维修，同时做好现场防护。"
) * 25


def slip(n: int, *, description: str = DESCRIPTION, lines: int = 3) -> SlipData:
    quote = tuple(
        QuoteLine(f"角阀 DN15 {k}", Decimal(k), "个", Decimal("25.00"), Decimal(25 * k))
        for k in range(1, lines + 1)
    )
    return SlipData(
        serial=f"PG-20261123-{n:04d}",
        letterhead=CENTER,
        room="3栋2单元1501",
        contact_name="王女士",
        contact_phone="13812345678",
        reported_at=datetime(2026, 11, 23, 1, 30, tzinfo=UTC),
        location_kind="in_home",
        place="主卫淋浴间上方吊顶",
        category="水电维修",
        urgency="emergency",
        # Every slip is new: no layout is reused from the one before.
        description=f"{description}（{n}）",
        dispatcher="张丽",
        printed_at=datetime(2026, 11, 23, 1, 35, tzinfo=UTC),
        department="工程部",
        technician="李建国",
        paid=True,
        quote_lines=quote,
        labour_fee=Decimal("50"),
        total=Decimal("50") + sum((q.amount for q in quote), Decimal(0)),
        resident_agreed=True,
    )


def blank_page(n: int) -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, initialFontName=cjk_font())
    c.setFont(cjk_font(), 10)
    c.drawString(72, 720, f"派工单 PG-20261123-{n:04d}")
    c.showPage()
    c.save()
    return buffer.getvalue()


def medians(runs: int, cases: list[tuple[str, Callable[[int], bytes]]]) -> list[tuple]:
    """Round-robin over the cases, so that a noisy moment of the machine hits all alike."""
    times: dict[str, list[float]] = {name: [] for name, _ in cases}
    sizes: dict[str, int] = {}
    for _, render in cases:
        render(0)  # warm-up
    for n in range(1, runs + 1):
        for name, render in cases:
            text_fit.fit_block.cache_clear()  # as in a fresh process
            text_fit._tokens.cache_clear()
            start = time.perf_counter()
            sizes[name] = len(render(n))
            times[name].append(time.perf_counter() - start)
    return [(name, statistics.median(times[name]) * 1000, sizes[name]) for name, _ in cases]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    start = time.perf_counter()
    cjk_font()
    print(f"font registration (once per process): {(time.perf_counter() - start) * 1000:.0f} ms")
    cases = [
        ("blank A4 page, same font", blank_page),
        ("slip, A4 (3 parts)", lambda n: render_slips([slip(n)])),
        ("slip, continuous (3 pages)", lambda n: render_slips([slip(n)], paper="continuous")),
        (
            "slip, A4, 2,000-char text, 30 lines",
            lambda n: render_slips([slip(n, description=LONG, lines=30)]),
        ),
        ("10 slips, A4 (one PDF)", lambda n: render_slips([slip(n * 10 + k) for k in range(10)])),
    ]
    for name, median, size in medians(args.runs, cases):
        print(f"{name:<38} median {median:6.1f} ms   {size / 1024:5.0f} KB")


if __name__ == "__main__":
    main()
