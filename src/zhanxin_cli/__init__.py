"""zhanxin: progress against a strategic-emerging-industries (战新产业) plan.

The library is :mod:`zhanxin_cli.api` (``from zhanxin_cli import api``): every command is
its calls plus printing. It is imported on first use, so that the command line starts fast.
"""

from __future__ import annotations

from types import ModuleType

__version__ = "0.1.0"
__all__ = ["__version__", "api"]


def __getattr__(name: str) -> ModuleType:
    if name == "api":
        import importlib

        return importlib.import_module(".api", __name__)
    raise AttributeError(f"module 'zhanxin_cli' has no attribute {name!r}")
