"""Tests of zhanxin_cli.cli."""
