"""A monthly check written in Python: exit 1 when a 确保 (ensure) target is behind."""

from zhanxin_cli import api

plan = api.load_plan()  # ./plan.yaml, else the bundled plan
figures = api.read_figures(["examples/"], plan)  # files or folders
status = api.progress(plan, figures)  # as of the latest figure
alarms = [t for t in status.record()["targets"] if t["alarm"]]
for t in alarms:
    print(f"{t['id']}: {t['status']} {t['actual']} / {t['value']} {t['unit']}")
raise SystemExit(1 if alarms else 0)
