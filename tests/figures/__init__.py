"""Tests of zhanxin_cli.figures."""
