"""Tests of zhanxin_cli.progress."""
