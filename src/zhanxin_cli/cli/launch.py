"""The ``zhanxin`` console script and ``python -m zhanxin_cli``: settings for the whole process,
made before the command line loads, then :func:`zhanxin_cli.cli.app.run`.

A run is short and its objects die by reference counting (it makes no cycles worth collecting),
so the cyclic garbage collector is switched off for the process: otherwise its passes walk the
hundreds of thousands of objects that loading the modules creates, again and again. Measured
(benchmarks/run.py): 5-8 ms of a 100 ms run, 50 ms of validating a 5,000-target plan, and the
same peak memory on a million rows. The library (:mod:`zhanxin_cli.api`) leaves the collector
as its caller has it.
"""

from __future__ import annotations

import gc
from typing import NoReturn


def run() -> NoReturn:
    gc.disable()
    from .app import run as run_command_line

    run_command_line()
