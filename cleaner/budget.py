"""A time budget per document: one input must never stall a whole corpus.

The rules run in linear time by construction (``tests/test_pathological.py``), but a
budget is the guarantee that holds for inputs nobody thought of: a document that takes
longer than ``--doc-timeout`` seconds is stopped and skipped with its reason, and the run
goes on. The alarm is a CPU-time interval timer (``ITIMER_PROF``): whether a document is
skipped depends on the document, not on what else the machine runs at the time (a wall-clock
timer skipped ordinary documents on a busy machine). Python code is interrupted between two
bytecodes, and the ``regex`` module checks for signals while it matches, so a runaway
pattern is stopped too. The alarm repeats (every ``REPEAT_SECONDS`` of CPU time) until the body
has stopped: an exception raised inside a ``__del__`` is printed and dropped by Python ("Exception
ignored in ..."), so one alarm landing in a finalizer (the ``regex`` compiler's ``Group.__del__``,
seen on a busy machine) would leave the document running with no limit at all.
"""

from __future__ import annotations

import math
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_SECONDS = 60.0
REPEAT_SECONDS = 0.25  # CPU seconds between two alarms once the budget is spent
MAX_SECONDS = 1e8  # about three years: past it (or inf) there is no limit; the timer takes no more


class DocumentTimeout(Exception):
    """A document took longer than its budget."""

    def __init__(self, seconds: float):
        super().__init__(f"took longer than {seconds:g} s to clean (--doc-timeout {seconds:g}): skipped; "
                         "raise --doc-timeout for a very large file, or report the file")
        self.seconds = seconds


def enforceable() -> bool:
    """Can this thread be interrupted by an alarm? (POSIX, main thread only.)"""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the body once it has used ``seconds`` of CPU time.

    ``None`` or 0 means no limit; where no alarm can be set (Windows, a thread other
    than the main one) the body runs unlimited.

    >>> with time_limit(5):
    ...     sum(range(10))
    45
    """
    if not seconds or not math.isfinite(seconds) or seconds > MAX_SECONDS or not enforceable():
        yield
        return

    def on_alarm(signum, frame):
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGPROF, on_alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds, REPEAT_SECONDS)  # again and again until the body stops
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
