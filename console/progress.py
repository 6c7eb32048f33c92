"""A small text progress bar for long CLI work (demo data, imports, the benchmark)."""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO


class Progress(Protocol):
    def __call__(self, done: int, total: int, stage: str) -> None: ...


def no_progress(done: int, total: int, stage: str) -> None:
    """The default: report nothing."""


class ProgressBar:
    """Redraws at most ten times a second on a terminal; prints plain lines otherwise."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        self.started = time.monotonic()
        self._last = 0.0
        self._stage = ""
        self._tty = self.stream.isatty()
        self._open = False

    def __call__(self, done: int, total: int, stage: str) -> None:
        now = time.monotonic()
        finished = total > 0 and done >= total
        if stage != self._stage:
            if self._open:
                self.stream.write("\n")
                self._open = False
            self._stage = stage
            self._last = 0.0
        if not finished and now - self._last < (0.1 if self._tty else 5.0):
            return
        self._last = now
        frac = min(1.0, done / total) if total else 1.0
        filled = int(frac * self.width)
        bar = "█" * filled + "·" * (self.width - filled)
        line = f"{stage:<14} {bar} {frac:6.1%}  {done:,}/{total:,}  {now - self.started:6.1f}s"
        if self._tty:
            self.stream.write("\r" + line)
            self._open = not finished
            if finished:
                self.stream.write("\n")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()
