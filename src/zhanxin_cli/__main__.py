"""``python -m zhanxin_cli``: the same entry point as the ``zhanxin`` console script."""

from __future__ import annotations

if __name__ == "__main__":
    from .cli.launch import run  # imported only when run

    run()
