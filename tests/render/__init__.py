"""Tests of zhanxin_cli.render."""
