"""Tests of zhanxin_cli.plan."""
